/**
 * `npm run keuzes`: the schools' downloaded choices files merged into content/schools/. Each file
 * is matched to its school, merged (only `choices` changes), and the whole folder with the merged
 * files is checked by the build's own validator; nothing is written when any file has a problem.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { School } from '../../core/catalogue/catalogue-model.ts';
import { choiceChanges } from '../../core/choosing/choice-changes.ts';
import { changeLines } from '../../core/choosing/change-texts.ts';
import { idFromFileName, matchSchool, type SchoolMatch } from '../../core/choosing/match-school.ts';
import { mergeChoices, newSchoolFile, TEAM_FIELDS } from '../../core/choosing/merge-school-file.ts';
import { schoolSchema } from '../../core/schema/school.ts';
import { fileNameProblem } from '../../core/validate/entry-file-name.ts';
import { problemsFromZod } from '../../core/validate/schema-issues.ts';
import type { Problem } from '../../core/validate/problem.ts';
import { validateCatalogue, type RawEntry } from '../../core/validate/validate-catalogue.ts';
import { parseYaml, readContent } from '../read-content.ts';
import type { Language } from '../../core/strings/labels.ts';
import { formatProblem } from '../../core/validate/format-problem.ts';
import { reportProblems, type Reporter } from '../report.ts';
import { readUtf8 } from '../safe-read.ts';

export interface CollectOptions {
  contentDir: string;
  files: string[];
  /** Create a school file for a file that matches no school. */
  allowNew: boolean;
  dryRun: boolean;
  reporter: Reporter;
}

interface Planned {
  id: string;
  /** The downloaded file as given, for messages. */
  source: string;
  /** Where the merged file goes. */
  target: string;
  text: string;
  /** The team's fields a new school's download held, which are not taken. */
  ignored: string[];
}

/**
 * 1. Read the content folder as the build does, and each downloaded file.
 * 2. Match each file to its school and merge its choices into the team's file (in memory).
 * 3. Validate the folder with the merged files; report every problem and stop when there is one.
 * 4. Show per school what changes and what it does to the budget; write unless --dry-run.
 * Returns the exit code: 0 merged (or shown), 1 problems.
 */
export function collectChoices({ contentDir, files, allowNew, dryRun, reporter }: CollectOptions): number {
  const { content, problems: readProblems } = readContent(contentDir);
  const before = validateCatalogue(content, readProblems);
  if (!before.ok) {
    reportProblems(before.problems, reporter, before.language, contentDir);
    return 1;
  }
  const problems: Problem[] = [];
  const planned = new Map<string, Planned>();
  for (const source of files) {
    const found = readDownload(source, before.catalogue.schools, allowNew, problems);
    if (!found) continue;
    const other = planned.get(found.id);
    if (other) problems.push({ file: source, kind: 'school-file-twice', params: { other: other.source } });
    else planned.set(found.id, plan(found, source, contentDir));
  }

  const merged = (entry: RawEntry): RawEntry => {
    const mine = planned.get(entry.id);
    return mine ? { id: entry.id, file: mine.source, data: parseYaml(mine.text, mine.source, problems) } : entry;
  };
  const known = new Set(content.schools.map((entry) => entry.id));
  const added = [...planned.values()].filter(({ id }) => !known.has(id)).map(({ id, source, text }) => ({ id, file: source, data: parseYaml(text, source, problems) }));
  const after = validateCatalogue({ ...content, schools: [...content.schools.map(merged), ...added] }, [...readProblems, ...problems]);
  if (!after.ok) {
    reportFileProblems(after.problems, reporter, after.language);
    return 1;
  }

  for (const { id, source, target, ignored } of planned.values()) {
    const find = (schools: School[]) => schools.find((school) => school.id === id);
    reporter.info(`${path.basename(source)} -> ${path.relative(contentDir, target).split(path.sep).join('/')}`);
    if (ignored.length > 0) reporter.info(`  ${notTaken[after.language](ignored)}`);
    for (const line of changeLines(choiceChanges(find(before.catalogue.schools), find(after.catalogue.schools)!, after.catalogue), after.language)) reporter.info(`  ${line}`);
  }
  if (dryRun) return 0;
  for (const { target, text } of planned.values()) writeFileSync(target, text);
  return 0;
}

const nothingWritten = {
  nl: (count: number) => `De keuzebestanden hebben ${count} ${count === 1 ? 'probleem' : 'problemen'}; er is niets geschreven.`,
  en: (count: number) => `The choices files have ${count} ${count === 1 ? 'problem' : 'problems'}; nothing was written.`,
};

const notTaken = {
  nl: (fields: string[]) => `niet overgenomen, want van het projectteam: ${fields.join(', ')}`,
  en: (fields: string[]) => `not taken, as they are the project team's: ${fields.join(', ')}`,
};

function reportFileProblems(problems: Problem[], reporter: Reporter, language: Language): void {
  reporter.error(`\n${nothingWritten[language](problems.length)}\n`);
  for (const problem of problems) reporter.error(`✗ ${formatProblem(problem, language)}`);
}

/** A download that passed its checks: whose it is and what it says. */
interface Found {
  id: string;
  school: School | undefined;
  data: Record<string, unknown>;
}

/**
 * One downloaded file, or undefined with its problems: it must be a readable school file on its
 * own, name the same school in its file name and its `name`, and a new school needs an id the build accepts.
 */
function readDownload(source: string, schools: School[], allowNew: boolean, problems: Problem[]): Found | undefined {
  // The file lies wherever the browser saved it; it only has to be a regular UTF-8 file.
  const read = readUtf8(path.parse(path.resolve(source)).root, source);
  if ('refusal' in read) return void problems.push({ file: source, kind: read.refusal });
  const data = parseYaml(read.text, source, problems);
  if (data === undefined) return undefined;
  const parsed = schoolSchema.safeParse(data);
  if (!parsed.success) return void problems.push(...problemsFromZod(source, data, parsed.error, schoolSchema));
  const fields = data as Record<string, unknown>;
  const match = matchSchool(source, fields.name, schools, allowNew);
  const fileId = match.kind === 'unknown' || match.kind === 'new' ? match.id || idFromFileName(source) : '';
  if (match.kind === 'school') return { id: match.school.id, school: match.school, data: fields };
  if (match.kind === 'other-name') return void problems.push(otherNameProblem(source, match));
  if (match.kind === 'ambiguous') return void problems.push({ file: source, kind: 'ambiguous-school-file', params: { schools: match.candidates.map((school) => school.name) } });
  if (match.kind === 'unknown') return void problems.push({ file: source, kind: 'unknown-school-file', params: { id: fileId } });
  const badName = fileNameProblem(source, match.id === '' ? fileId : match.id);
  if (badName) return void problems.push(badName);
  return { id: match.id, school: undefined, data: fields };
}

function otherNameProblem(source: string, match: Extract<SchoolMatch, { kind: 'other-name' }>): Problem {
  const { school, written, writtenSchool } = match;
  const params = { school: school.name, id: school.id, ...(writtenSchool && { writtenId: writtenSchool.id }) };
  return { file: source, field: ['name'], value: written, kind: 'school-file-other-name', params };
}

/** A known school keeps its own file with the downloaded choices; a new one gets the download's public fields. */
function plan({ id, school, data }: Found, source: string, contentDir: string): Planned {
  if (!school) return { id, source, target: path.join(contentDir, 'schools', `${id}.yaml`), text: newSchoolFile(data), ignored: TEAM_FIELDS.filter((field) => data[field] !== undefined) };
  const target = path.join(contentDir, school.file);
  return { id, source, target, text: mergeChoices(readFileSync(target, 'utf8'), data.choices), ignored: [] };
}
