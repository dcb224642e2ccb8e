/** The file each planned entry becomes: a new file, or (with `--update`) an edited existing one. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFrontmatter } from 'astro/markdown';
import { parse } from 'yaml';
import { bodyFromSheet } from '../../core/spreadsheet/body-text.ts';
import type { PlaceOf } from '../../core/spreadsheet/plan-import.ts';
import type { PlannedEntry } from '../../core/spreadsheet/sheet-rows.ts';
import type { Problem } from '../../core/validate/problem.ts';
import type { ReadContent, RawIntervention } from '../read-content.ts';
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


function updated(entry: PlannedEntry, existing: { file: string } & Partial<RawIntervention>, contentDir: string): FileChange {
  const before = readFileSync(path.join(contentDir, existing.file), 'utf8');
  const text = updatedFileText(before, entry);
  const data = parse(entry.folder === 'interventions' ? (extractFrontmatter(text) ?? '') : text);
  return { entry, file: existing.file, kind: text === before ? 'unchanged' : 'updated', text, data, body: existing.body, format: existing.format };
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
      if (entry.folder !== 'interventions') {
        changes.push({ entry, file: `${entry.folder}/${entry.id}.yaml`, kind: 'new', text: newFileText(entry), data: entry.data });
        continue;
      }
      const { body, format } = bodyFromSheet(entry.body ?? '');
      changes.push({ entry, file: `${entry.folder}/${entry.id}.${format}`, kind: 'new', text: newFileText(entry), data: entry.data, body, format });
    }
  }
  return { changes, problems };
}
