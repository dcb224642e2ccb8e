/** Prints problems and warnings for people: grouped, counted, no stack traces. */
import { formatProblem, type Problem } from '../core/validate/problem.ts';

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

export function reportProblems(problems: Problem[], reporter: Reporter): void {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  reporter.error(`\nThe content has ${problems.length} ${noun}; nothing was built and dist/ is unchanged.\n`);
  for (const problem of problems) reporter.error(`✗ ${formatProblem(problem)}`);
  reporter.error('');
}

/** At scale, a wall of warnings hides everything else: the first ones in full, then a count. */
const MAX_WARNINGS_SHOWN = 25;

export function reportWarnings(warnings: Problem[], reporter: Reporter): void {
  for (const warning of warnings.slice(0, MAX_WARNINGS_SHOWN)) reporter.warn(`⚠ warning: ${formatProblem(warning)}`);
  const hidden = warnings.length - MAX_WARNINGS_SHOWN;
  if (hidden > 0) reporter.warn(`⚠ ... and ${hidden} more warnings of the same kinds (${warnings.length} in all).`);
}
