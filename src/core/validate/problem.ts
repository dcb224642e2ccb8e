/** A problem found in the content: what is wrong, where, and how to fix it. */

export interface Problem {
  /** Path of the file as shown to people, e.g. `content/schools/de-linde.yaml`. */
  file: string;
  /** Field path inside the file, e.g. `choices[0].intervention`; absent for whole-file problems. */
  field?: string;
  /** The offending value as written. */
  value?: unknown;
  /** What is wrong, e.g. `is not a domain in site.yaml`. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

/** `choices[0].intervention` from zod's `['choices', 0, 'intervention']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function showValue(value: unknown): string {
  if (value === undefined) return '';
  const json = JSON.stringify(value);
  const text = json === undefined ? String(value) : json;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One problem as one or two lines of plain text: `file:line: field "value" message` and the hint. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const subject = [problem.field, showValue(problem.value)].filter(Boolean).join(' ');
  const head = `${where}: ${subject ? `${subject} ` : ''}${problem.message}`;
  return problem.hint ? `${head}\n    ${problem.hint}` : head;
}

/** Sorts problems by file, then line, so a report reads top to bottom through the content folder. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
