/**
 * `npm run import`: a spreadsheet into the content folder. Every row is checked by the
 * validator together with the folder, so a row gets the build's own words; nothing is written
 * while any row fails, unless rows that fail may be skipped.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../core/strings/labels.ts';
import { placeProblems } from '../../core/spreadsheet/place-problems.ts';
import { planImport, type Known, type PlaceOf } from '../../core/spreadsheet/plan-import.ts';
import type { PlannedEntry } from '../../core/spreadsheet/sheet-rows.ts';
import type { Problem } from '../../core/validate/problem.ts';
import { languageOf, validateCatalogue, type RawEntry } from '../../core/validate/validate-catalogue.ts';
import { readContent, type ReadContent } from '../read-content.ts';
import { entryFileChanges, type FileChange } from './file-changes.ts';
import { readSheets } from './read-sheets.ts';

export interface ImportOptions {
  contentDir: string;
  file: string;
  mapFile?: string;
  update: boolean;
  skipInvalid: boolean;
}

export interface ImportResult {
  language: Language;
  problems: Problem[];
  unknownColumns: { sheet: string; header: string }[];
  /** Problems of rows that were left out (only with skipInvalid). */
  skippedProblems: Problem[];
  changes: FileChange[];
}

const ROW_WORD: Record<Language, string> = { nl: 'rij', en: 'row' };

const nameOf = (entry: RawEntry, field: string) => (entry.data && typeof entry.data === 'object' ? (entry.data as Record<string, unknown>)[field] : undefined);

function knownIn(content: ReadContent): Known {
  const domains = nameOf(content.site ?? { id: '', file: '', data: undefined }, 'domains');
  return {
    domains: Array.isArray(domains) ? domains.filter((d) => typeof d?.id === 'string').map((d) => ({ id: d.id, name: d.label })) : [],
    providers: content.providers.map((entry) => ({ id: entry.id, name: nameOf(entry, 'name') })),
    interventions: content.interventions.map((entry) => ({ id: entry.id, name: nameOf(entry, 'title') })),
    schools: content.schools.map((entry) => ({ id: entry.id, name: nameOf(entry, 'name') })),
  };
}

/** The folder's content with the planned files in place, as the validator will see it after writing. */
function withChanges(content: ReadContent, changes: FileChange[]): ReadContent {
  const merged = { ...content, providers: [...content.providers], interventions: [...content.interventions], schools: [...content.schools] };
  for (const { entry, file, data, body, format } of changes) {
    const list = merged[entry.folder] as RawEntry[];
    const raw = { id: entry.id, file, data, ...(entry.folder === 'interventions' ? { path: file, body: body ?? '', format: format ?? 'md' } : {}) };
    const index = list.findIndex((existing) => existing.id === entry.id);
    if (index >= 0) list[index] = raw;
    else list.push(raw);
  }
  return merged;
}

/** Leaves out the rows a problem names: whole entries, or single choices of a school. */
function withoutRows(entries: PlannedEntry[], failing: Set<string>, placeOf: PlaceOf): PlannedEntry[] {
  return entries.flatMap((entry) => {
    if (failing.has(placeOf(entry.origin))) return [];
    if (!entry.choiceRows) return [entry];
    const keep = entry.choiceRows.map((row) => !failing.has(placeOf({ sheet: 'keuzes', row })));
    const choices = (entry.data.choices as unknown[]).filter((_, i) => keep[i]);
    return [{ ...entry, data: { ...entry.data, choices }, choiceRows: entry.choiceRows.filter((_, i) => keep[i]) }];
  });
}

export async function importSpreadsheet(options: ImportOptions): Promise<ImportResult> {
  // 1. The folder as it is, and the language to report in.
  const { content, problems: readProblems } = readContent(options.contentDir);
  const language = languageOf(content.site);
  const placeOf: PlaceOf = ({ sheet, row }) => `${sheet}, ${ROW_WORD[language]} ${row}`;
  // 2. The sheets as planned entries; a file that cannot be read stops here, even with skipInvalid.
  const reading = await readSheets(options.file, options.mapFile);
  if (reading.problems.length > 0) return { language, problems: reading.problems, skippedProblems: [], unknownColumns: [], changes: [] };
  const plan = planImport(reading.sheets, knownIn(content), placeOf);
  let entries = plan.entries;
  let pending = plan.problems;
  const skippedProblems: Problem[] = [];
  for (;;) {
    // 3. The files those entries become, checked together with the rest of the folder.
    const { changes, problems: fileProblems } = entryFileChanges(entries, content, options, placeOf);
    const byFile = new Map(changes.map((change) => [change.file, change.entry]));
    const result = validateCatalogue(withChanges(content, changes), readProblems);
    const problems = [...pending, ...fileProblems, ...(result.ok ? [] : placeProblems(result.problems, byFile, placeOf))];
    const done = (blocking: Problem[], written: FileChange[]) => ({ language, problems: blocking, skippedProblems, unknownColumns: plan.unknownColumns, changes: written });
    if (problems.length === 0) return done([], changes);
    if (!options.skipInvalid) return done(problems, []);
    // 4. With skipInvalid: leave out every row with a problem and check the rest again.
    const remaining = withoutRows(entries, new Set(problems.map((problem) => problem.file)), placeOf);
    if (JSON.stringify(remaining) === JSON.stringify(entries) && pending.length === 0) return done(problems, []);
    skippedProblems.push(...problems);
    entries = remaining;
    pending = [];
  }
}

/** Writes the planned files (only after a run without problems). */
export function writeChanges(contentDir: string, changes: FileChange[]): void {
  for (const change of changes) {
    const target = path.join(contentDir, change.file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (!existsSync(target) || readFileSync(target, 'utf8') !== change.text) writeFileSync(target, change.text);
  }
}
