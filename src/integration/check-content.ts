/** Reads and validates the content folder: the one read every command and the loaders share. */
import { validateCatalogue } from '../core/validate/validate-catalogue.ts';
import type { CheckedFolder } from './checked-folder.ts';
import { contentFileProblems, otherHostImageWarnings } from './content-files.ts';
import { readContent, type ReadContent } from './read-content.ts';
import { realRoot } from './safe-read.ts';
import { reportProblems, reportWarnings, type Reporter } from './report.ts';
import type { Catalogue } from '../core/catalogue/catalogue-model.ts';
import type { Problem } from '../core/validate/problem.ts';
import { resolveOptions } from './options.ts';

/** What a check is given besides the folder: the day it judges freshness and availability on, and where reads are logged. */
export interface CheckSettings {
  buildDate: string;
  readLog?: string;
}

/** For scripts and tests: the settings the environment gives, as the build resolves them. */
function environmentCheck(env: NodeJS.ProcessEnv = process.env): CheckSettings {
  const { time, readLog } = resolveOptions({}, process.cwd(), env);
  return { buildDate: time.day, readLog };
}

/** Reads the whole folder once and validates it as of the build date; never throws for bad content. */
export function checkFolder(contentDir: string, { buildDate, readLog }: CheckSettings = environmentCheck()): CheckedFolder {
  const { content, problems: readProblems } = readContent(contentDir, readLog);
  readProblems.push(...contentFileProblems(realRoot(contentDir), content.site, content.interventions));
  const result = validateCatalogue(content, readProblems, { buildDate });
  const { language } = result;
  return result.ok
    ? { contentDir, language, buildDate, catalogue: result.catalogue, interventions: content.interventions, problems: [], warnings: [...result.warnings, ...otherHostImageWarnings(content.interventions)] }
    : { contentDir, language, buildDate, catalogue: undefined, interventions: [], problems: result.problems, warnings: [] };
}

/** A check with problems found outside the content folder (the build's environment) added: then it has no catalogue. */
export function withProblems(checked: CheckedFolder, problems: Problem[]): CheckedFolder {
  if (problems.length === 0) return checked;
  return { ...checked, catalogue: undefined, interventions: [], problems: [...checked.problems, ...problems], warnings: [] };
}

/** The problems of a check, or else its warnings, in the site's language. */
export function reportChecked({ problems, warnings, language, contentDir }: CheckedFolder, reporter: Reporter): void {
  if (problems.length > 0) reportProblems(problems, reporter, language, contentDir);
  else reportWarnings(warnings, reporter, language);
}

export interface CheckedContent {
  catalogue: Catalogue;
  content: Pick<ReadContent, 'interventions'>;
}

/** For scripts and tests: check, report, and return the catalogue, or undefined after listing the problems. */
export function checkContent(contentDir: string, reporter: Reporter, settings: CheckSettings = environmentCheck()): CheckedContent | undefined {
  const checked = checkFolder(contentDir, settings);
  reportChecked(checked, reporter);
  if (!checked.catalogue) return undefined;
  return { catalogue: checked.catalogue, content: { interventions: checked.interventions } };
}
