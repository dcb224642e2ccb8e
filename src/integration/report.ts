/** Prints problems and warnings for people, in the site's language: grouped, counted, no stack traces. */
import path from 'node:path';
import type { Language } from '../core/strings/labels.ts';
import { formatProblem } from '../core/validate/format-problem.ts';
import type { Problem } from '../core/validate/problem.ts';

export interface Reporter {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleReporter: Reporter = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

/** The build's own lines for the terminal, in the site's language like the problems. */
export const reportTexts = {
  nl: {
    problems: (count: number, folder: string) =>
      `De inhoud in ${folder} heeft ${count} ${count === 1 ? 'probleem' : 'problemen'}; er is niets gebouwd en dist/ is niet veranderd.`,
    warning: 'waarschuwing',
    hidden: (hidden: number, all: number) => `... en nog ${hidden} waarschuwingen van dezelfde soort (${all} in totaal).`,
    waiting: 'Er loopt al een build van dit project; deze wacht tot die klaar is...',
    brochures: (drawn: number, reused: number) => `Brochures: ${drawn} getekend, ${reused} ongewijzigd uit de cache`,
    built: (interventions: number, schools: number, folder: string) => `${interventions} interventies en ${schools} scholen gebouwd in ${folder}`,
    leftOver: (folder: string, leftOver: string, reason: string) =>
      `de nieuwe site staat in ${folder}, maar de vorige build kon niet helemaal worden verwijderd: ${leftOver} is blijven staan (${reason}). Verwijder het met de hand.`,
    reports: (folder: string) => `Rapportages: ${folder}`,
    orderLetters: (drawn: number, reused: number) => `Bestelbrieven: ${drawn} getekend, ${reused} ongewijzigd uit de cache`,
  },
  en: {
    problems: (count: number, folder: string) =>
      `The content in ${folder} has ${count} ${count === 1 ? 'problem' : 'problems'}; nothing was built and dist/ is unchanged.`,
    warning: 'warning',
    hidden: (hidden: number, all: number) => `... and ${hidden} more warnings of the same kinds (${all} in all).`,
    waiting: 'Waiting for another build of this project to finish...',
    brochures: (drawn: number, reused: number) => `Brochures: ${drawn} drawn, ${reused} unchanged from the cache`,
    built: (interventions: number, schools: number, folder: string) => `Built ${interventions} interventions, ${schools} schools into ${folder}`,
    leftOver: (folder: string, leftOver: string, reason: string) =>
      `the new site is published in ${folder}, but the previous build could not be removed completely: ${leftOver} is left over (${reason}). Remove it by hand.`,
    reports: (folder: string) => `Reports: ${folder}`,
    orderLetters: (drawn: number, reused: number) => `Order letters: ${drawn} drawn, ${reused} unchanged from the cache`,
  },
};

/** `content/` for a folder inside the working directory, else the full path: the folder problems' paths start from. */
function folderName(contentDir: string): string {
  const relative = path.relative(process.cwd(), contentDir);
  const shown = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? contentDir : relative;
  return `${shown.split(path.sep).join('/').replace(/\/$/, '')}/`;
}

/** Every problem, with a heading naming the content folder the paths are relative to. */
export function reportProblems(problems: Problem[], reporter: Reporter, language: Language, contentDir: string): void {
  reporter.error(`\n${reportTexts[language].problems(problems.length, folderName(contentDir))}\n`);
  for (const problem of problems) reporter.error(`✗ ${formatProblem(problem, language)}`);
  reporter.error('');
}

/** At scale, a wall of warnings hides everything else: the first ones in full, then a count. */
const MAX_WARNINGS_SHOWN = 25;

export function reportWarnings(warnings: Problem[], reporter: Reporter, language: Language): void {
  const texts = reportTexts[language];
  for (const warning of warnings.slice(0, MAX_WARNINGS_SHOWN)) reporter.warn(`⚠ ${texts.warning}: ${formatProblem(warning, language)}`);
  const hidden = warnings.length - MAX_WARNINGS_SHOWN;
  if (hidden > 0) reporter.warn(`⚠ ${texts.hidden(hidden, warnings.length)}`);
}
