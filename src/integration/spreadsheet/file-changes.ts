/** The file each planned entry becomes: a new file, or (with `--update`) an edited existing one. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFrontmatter } from 'astro/markdown';
import { parse } from 'yaml';
import { bodyFromSheet } from '../../core/spreadsheet/body-text.ts';
import type { PlaceOf } from '../../core/spreadsheet/plan-import.ts';
import type { PlannedEntry } from '../../core/spreadsheet/sheet-rows.ts';
import { fileNameProblem } from '../../core/validate/entry-file-name.ts';
import type { Problem } from '../../core/validate/problem.ts';
import type { ReadContent, RawIntervention } from '../read-content.ts';
import { isInside, realPathOf, realRoot } from '../safe-read.ts';
import { newFileText, updatedFileText } from './entry-files.ts';

export interface FileChange {
  entry: PlannedEntry;
  /** Path inside the content folder: `interventions/zomerschool.md`. */
  file: string;
  kind: 'new' | 'updated' | 'unchanged';
  /** The file's text after the import. */
  text: string;
  /** Its fields as the validator will read them, and an intervention's body. */
  data: unknown;
  body?: string;
  /** An intervention body's kind: MDX only when it uses aanbodgids's components. */
  format?: 'md' | 'mdx';
}

/** A file's fields as the build will read them from the text written, so the checks see what is written. */
const dataOf = (folder: PlannedEntry['folder'], text: string): unknown => parse(folder === 'interventions' ? (extractFrontmatter(text) ?? '') : text);

function updated(entry: PlannedEntry, existing: { file: string } & Partial<RawIntervention>, contentDir: string): FileChange {
  const before = readFileSync(path.join(contentDir, existing.file), 'utf8');
  const text = updatedFileText(before, entry);
  return { entry, file: existing.file, kind: text === before ? 'unchanged' : 'updated', text, data: dataOf(entry.folder, text), body: existing.body, format: existing.format };
}

/**
 * A new file the build would refuse by its name (an id that is not one: `../../x`, capitals,
 * dots, invisible or look-alike letters) or that would land outside the content folder (a
 * folder in it that links elsewhere), placed at the row and column the id came from.
 */
function newFileProblem(entry: PlannedEntry, file: string, contentDir: string, placeOf: PlaceOf): Problem | undefined {
  const at = { file: placeOf(entry.origin), field: [entry.idColumn ?? 'Id'], value: entry.id };
  const badName = fileNameProblem(file, entry.id);
  if (badName) return { ...badName, ...at };
  return isInside(realRoot(contentDir), realPathOf(path.join(contentDir, file))) ? undefined : { ...at, kind: 'outside-content' };
}

function created(entry: PlannedEntry): Omit<FileChange, 'file'> & { extension: string } {
  const text = newFileText(entry);
  if (entry.folder !== 'interventions') return { entry, kind: 'new', text, data: dataOf(entry.folder, text), extension: 'yaml' };
  const { body, format } = bodyFromSheet(entry.body ?? '');
  return { entry, kind: 'new', text, data: dataOf(entry.folder, text), body, format, extension: format };
}

export function entryFileChanges(
  entries: PlannedEntry[],
  content: ReadContent,
  options: { contentDir: string; update: boolean },
  placeOf: PlaceOf,
): { changes: FileChange[]; problems: Problem[] } {
  const changes: FileChange[] = [];
  const problems: Problem[] = [];
  const planned = new Map<string, PlannedEntry>();
  for (const entry of entries) {
    const key = `${entry.folder}/${entry.id}`;
    const earlier = planned.get(key);
    if (earlier) {
      problems.push({ file: placeOf(entry.origin), field: ['Id'], value: entry.id, kind: 'duplicate-id', params: { id: entry.id, other: placeOf(earlier.origin) } });
      continue;
    }
    planned.set(key, entry);
    const existing = (content[entry.folder] as ({ id: string; file: string } & Partial<RawIntervention>)[]).find((raw) => raw.id === entry.id);
    if (existing && !options.update) {
      problems.push({ file: placeOf(entry.origin), field: ['Id'], value: entry.id, kind: 'file-exists', params: { existing: existing.file } });
    } else if (existing) {
      changes.push(updated(entry, existing, options.contentDir));
    } else {
      const { extension, ...change } = created(entry);
      const file = `${entry.folder}/${entry.id}.${extension}`;
      const problem = newFileProblem(entry, file, options.contentDir, placeOf);
      if (problem) problems.push(problem);
      else changes.push({ ...change, file });
    }
  }
  return { changes, problems };
}
