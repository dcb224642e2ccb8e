/**
 * Problems as text in the site's language: the place as people find it (the file inside the
 * content folder, the field as written, list positions counted from 1) and the sentence for its kind.
 */
import type { Language } from '../strings/labels.ts';
import type { FieldPath, Problem } from './problem.ts';
import type { PlaceWords, ProblemText, ProblemTexts } from './problem-texts.ts';
import { placeWordsEn, problemTextsEn } from './problem-texts-en.ts';
import { placeWordsNl, problemTextsNl } from './problem-texts-nl.ts';

const languages: Record<Language, { texts: ProblemTexts; place: PlaceWords }> = {
  nl: { texts: problemTextsNl, place: placeWordsNl },
  en: { texts: problemTextsEn, place: placeWordsEn },
};

/** A problem's parts as text, for the terminal report and for a page that lists problems. */
export interface ProblemParts extends ProblemText {
  /** `schools/de-linde.yaml:3`. */
  where: string;
  /** `choices, keuze 5, intervention`. */
  field?: string;
  /** The value as written, quoted: `"leesklub"`. */
  value?: string;
}

/** `cost.amount`, or `choices, keuze 5, intervention` for `['choices', 4, 'intervention']`. */
export function fieldName(path: FieldPath, place: PlaceWords): string {
  return path.reduce<string>((name, key, index) => {
    if (typeof key === 'number') {
      const item = `${place.itemOf(String(path[index - 1]))} ${key + 1}`;
      // A file that is a list (synonyms.yaml) has a position first: "nummer 2", not ", nummer 2".
      return index === 0 ? item : `${name}, ${item}`;
    }
    if (index === 0) return key;
    return typeof path[index - 1] === 'number' ? `${name}, ${key}` : `${name}.${key}`;
  }, '');
}

/** How YAML writes the numbers JSON has no words for. */
const yamlNumber = (value: number) => (Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf');

function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return yamlNumber(value);
  const json = JSON.stringify(value);
  const text = json === undefined ? String(value) : json;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function problemParts(problem: Problem, language: Language): ProblemParts {
  const { texts, place } = languages[language];
  const write = texts[problem.kind] as (problem: Problem) => ProblemText;
  const parts: ProblemParts = { where: problem.line ? `${problem.file}:${problem.line}` : problem.file, ...write(problem) };
  if (problem.field && problem.field.length > 0) parts.field = fieldName(problem.field, place);
  const value = showValue(problem.value);
  if (value !== undefined) parts.value = value;
  return parts;
}

/** One problem as one or two lines of plain text: `file:line: field "value" message` and the hint. */
export function formatProblem(problem: Problem, language: Language): string {
  const { where, field, value, message, hint } = problemParts(problem, language);
  const subject = [field, value].filter(Boolean).join(' ');
  const head = `${where}: ${subject ? `${subject} ` : ''}${message}`;
  return hint ? `${head}\n    ${hint}` : head;
}
