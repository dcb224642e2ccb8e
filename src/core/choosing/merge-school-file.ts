/**
 * What a school's downloaded choices file may change in content/schools/: its choices, nothing
 * else. A known school's file keeps every other field the project team keeps (budget, brin, board,
 * contact, needsNote, extra) and its comments; the yaml package's Document keeps the comments. A
 * new school's file takes the public fields the /keuzes/ page writes and never the team's own.
 */
import { parseDocument, stringify } from 'yaml';

type ChoiceData = Record<string, unknown>;

/** What a school says about a choice; a choice's `extra` is the team's and never taken from a school. */
const SCHOOL_CHOICE_FIELDS = ['intervention', 'quantity', 'note'];

/** The fields of a new school's file a download may fill: the public ones schoolFile writes, without budget and extra. */
const NEW_SCHOOL_FIELDS = ['name', 'type', 'pupils', 'brin', 'board', 'needs', 'choices'];

/** The team's fields a download may carry but never sets; named in the output so nobody expects them. */
export const TEAM_FIELDS = ['budget', 'contact', 'needsNote', 'extra'];

const pick = (data: ChoiceData, fields: readonly string[]) => Object.fromEntries(fields.filter((field) => data[field] !== undefined).map((field) => [field, data[field]]));

/** The school's choices, each with only what a school decides, and the team's `extra` back on a choice the team had. */
function schoolChoices(downloaded: unknown, existing: unknown): unknown[] {
  if (!Array.isArray(downloaded)) return [];
  const kept = Array.isArray(existing) ? (existing as ChoiceData[]).filter((choice) => choice?.extra !== undefined) : [];
  const extras = new Map(kept.map((choice) => [choice.intervention, choice.extra]));
  return (downloaded as ChoiceData[]).map((choice) => {
    const own = pick(choice, SCHOOL_CHOICE_FIELDS);
    return extras.has(own.intervention) ? { ...own, extra: extras.get(own.intervention) } : own;
  });
}

/** The team's file with the downloaded `choices` in place of its own (the result is validated as a whole before anything is written). */
export function mergeChoices(existingText: string, downloadedChoices: unknown): string {
  const document = parseDocument(existingText);
  const existingChoices = (document.toJS() as { choices?: unknown } | null)?.choices;
  document.set('choices', document.createNode(schoolChoices(downloadedChoices, existingChoices)));
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A new school's file from a valid download: its public fields and its choices, none of the team's fields. */
export function newSchoolFile(downloaded: ChoiceData): string {
  const data = pick(downloaded, NEW_SCHOOL_FIELDS);
  return stringify({ ...data, choices: schoolChoices(downloaded.choices, []) }, { lineWidth: 0 });
}
