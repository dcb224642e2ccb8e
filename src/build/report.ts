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

export function reportWarnings(warnings: Problem[], reporter: Reporter): void {
  for (const warning of warnings) reporter.warn(`⚠ warning: ${formatProblem(warning)}`);
}
