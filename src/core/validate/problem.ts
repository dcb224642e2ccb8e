/**
 * A problem found in the content, kept as data: its kind, where it is and the facts behind it.
 * It becomes text (Dutch or English) only when reported, so problems can be found before
 * site.yaml's language is known. To add a kind: add its parameters to ProblemParams, then its
 * sentence to both problem-texts-nl.ts and problem-texts-en.ts (the compiler asks for both).
 */
import type { SchemaMessage } from '../schema/messages.ts';

/** A field as it is written in the file: `['choices', 4, 'intervention']`. */
export type FieldPath = readonly (string | number)[];

type NoParams = Record<never, never>;

/** The facts each kind of problem carries, besides file, field, value and line. */
interface ProblemParams extends Record<SchemaMessage, NoParams> {
  // Reading files
  'not-a-folder': NoParams;
  'missing-site': NoParams;
  'wrong-extension': { extensions: string[] };
  'bad-file-name': { id: string; suggestion: string };
  'duplicate-id': { id: string; other: string };
  'yaml-syntax': { parserMessage: string };
  'no-frontmatter': NoParams;
  'mdx-syntax': { parserMessage: string };
  'mdx-code': NoParams;
  'mdx-expression': NoParams;
  'mdx-unknown-component': { name: string; allowed: string[]; suggestions: string[] };
  'mdx-component-attribute': { component: string; attribute: string; allowed: string[] };
  'mdx-missing-attribute': { component: string; attribute: string };
  'mdx-not-a-web-address': { component: string; attribute: string };
  'too-many-aliases': NoParams;
  // Files the content names (entries, logo, body images)
  'file-missing': NoParams;
  'dangling-link': NoParams;
  'outside-content': NoParams;
  'not-a-file': NoParams;
  'not-utf8': NoParams;
  'too-large': NoParams;
  'not-its-format': { expected: string; actual: string };
  'logo-too-complex': { limit: number };
  'logo-not-drawable': NoParams;
  // The build's environment
  'bad-base-path-variable': NoParams;
  // The output folder
  'unsafe-out-dir': { reason: 'holds-content' | 'holds-project' | 'not-a-build' | 'not-a-folder' };
  'reports-in-site': { site: string };
  // A file's own fields
  required: { expected: string };
  'wrong-type': { expected: string; written: string };
  'not-allowed': { dutch: string[]; english: string[]; suggestions: string[] };
  'unknown-fields': { keys: string[]; suggestions: { key: string; field: string }[] };
  'empty-file': NoParams;
  'too-few': { minimum: number };
  'too-small': { minimum: number };
  'too-long': { maximum: number; length: number };
  'schema-other': { text: string };
  // References between files and the rules of choosing
  'unknown-domain': { domains: string[]; suggestions: string[] };
  'unknown-provider': { suggestions: string[] };
  'unknown-intervention': { suggestions: string[] };
  'chosen-twice': NoParams;
  'fixed-chosen': NoParams;
  'wrong-school-type': { schoolType: string; meantFor: string[] };
  'unknown-need': { needs: string[]; suggestions: string[] };
  'unavailable-chosen': { from?: string; until?: string; periodStart: string; periodEnd: string };
  // Collecting the schools' downloaded choices files (npm run keuzes)
  'unknown-school-file': { id: string };
  'ambiguous-school-file': { schools: string[] };
  'school-file-twice': { other: string };
  'school-file-other-name': { school: string; id: string; writtenId?: string };
  // Spreadsheet rows (npm run import)
  'dot-decimal': { suggestion: string };
  'not-an-amount': NoParams;
  'unknown-school': { suggestions: string[] };
  'file-exists': { existing: string };
  'cell-without-header': { column: string; source: string };
  'spreadsheet-unreadable': { parserMessage: string };
  'spreadsheet-too-large': { limitMb: number };
  'spreadsheet-too-many-cells': { limit: number };
  // Warnings
  'over-budget': { school: string; spentCents: number; budgetCents: number };
  'over-capacity': { title: string; chosenBy: number; capacity: number };
  'zero-quantity': { title: string };
  'low-contrast': { pair: ContrastPair; domain?: string; ratio: number };
  'not-checked-recently': { title: string; checked: string; months: number; buildDate: string };
  'similar-colours': { offer: 'fixed' | 'optional'; badgeColour: string; domain: string; difference: number };
  'missing-characters': { characters: string[]; replacement: string };
  'no-site-url': { municipality: string };
  'logo-not-printed': NoParams;
  'image-from-elsewhere': NoParams;
}

/** Which colour pair a contrast warning is about. */
export type ContrastPair = 'primary-text' | 'links' | 'body-text' | 'fixed-badge' | 'optional-badge' | 'domain-badge';

export type ProblemKind = keyof ProblemParams;

interface ProblemPlace {
  /** Path inside the content folder with forward slashes, e.g. `schools/de-linde.yaml`. */
  file: string;
  /** The field, absent for whole-file problems. */
  field?: FieldPath;
  /** The offending value as written. */
  value?: unknown;
  /** 1-based line in the file, when known. */
  line?: number;
}

/** One problem of kind K; kinds without facts need no `params`. */
export type ProblemOf<K extends ProblemKind> = ProblemPlace & { kind: K } & (NoParams extends ProblemParams[K]
    ? { params?: ProblemParams[K] }
    : { params: ProblemParams[K] });

export type Problem = { [K in ProblemKind]: ProblemOf<K> }[ProblemKind];

/** Sorts problems by file, then line, so a report reads top to bottom through the content folder. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
