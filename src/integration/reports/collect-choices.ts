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
import { matchSchool } from '../../core/choosing/match-school.ts';
import { mergeChoices } from '../../core/choosing/merge-school-file.ts';
import type { Problem } from '../../core/validate/problem.ts';
import { validateCatalogue, type RawEntry } from '../../core/validate/validate-catalogue.ts';
import { parseYaml, readContent } from '../read-content.ts';
import type { Language } from '../../core/strings/labels.ts';
import { formatProblem } from '../../core/validate/format-problem.ts';
import { reportProblems, type Reporter } from '../report.ts';

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
    const text = readFileSync(source, 'utf8');
    const data = parseYaml(text, source, problems);
    if (data === undefined) continue;
    const match = matchSchool(source, (data as { name?: unknown }).name, before.catalogue.schools, allowNew);
    if (match.kind === 'unknown') problems.push({ file: source, kind: 'unknown-school-file', params: { id: match.id } });
    else if (match.kind === 'ambiguous') problems.push({ file: source, kind: 'ambiguous-school-file', params: { schools: match.candidates.map((school) => school.name) } });
    else {
      const id = match.kind === 'school' ? match.school.id : match.id;
      const other = planned.get(id);
      if (other) problems.push({ file: source, kind: 'school-file-twice', params: { other: other.source } });
      else planned.set(id, plan(id, source, text, data, match.kind === 'school' ? match.school : undefined, contentDir));
    }
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

  for (const { id, source, target } of planned.values()) {
    const find = (schools: School[]) => schools.find((school) => school.id === id);
    reporter.info(`${path.basename(source)} -> ${path.relative(contentDir, target).split(path.sep).join('/')}`);
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

function reportFileProblems(problems: Problem[], reporter: Reporter, language: Language): void {
  reporter.error(`\n${nothingWritten[language](problems.length)}\n`);
  for (const problem of problems) reporter.error(`✗ ${formatProblem(problem, language)}`);
}

/** A known school keeps its own file with the downloaded choices; a new one gets the downloaded file as it is. */
function plan(id: string, source: string, text: string, data: unknown, school: School | undefined, contentDir: string): Planned {
  if (!school) return { id, source, target: path.join(contentDir, 'schools', `${id}.yaml`), text };
  const target = path.join(contentDir, school.file);
  return { id, source, target, text: mergeChoices(readFileSync(target, 'utf8'), (data as { choices?: unknown }).choices) };
}
