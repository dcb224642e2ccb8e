/**
 * Merging a school's downloaded choices into its file in content/schools/: only `choices`
 * changes; every other field the project team keeps (budget, brin, board, contact, extra) and the
 * file's comments stay as they were. The yaml package's Document keeps the comments.
 */
import { parseDocument } from 'yaml';

type ChoiceData = { intervention?: unknown; extra?: unknown };

/**
 * A choice's `extra` is the team's and never published, so a download cannot carry it: a choice
 * the school kept gets its `extra` back from the team's file.
 */
function withTeamExtras(downloaded: unknown, existing: unknown): unknown {
  if (!Array.isArray(downloaded) || !Array.isArray(existing)) return downloaded;
  const extras = new Map(existing.filter((choice: ChoiceData) => choice?.extra !== undefined).map((choice: ChoiceData) => [choice.intervention, choice.extra]));
  return downloaded.map((choice: ChoiceData) =>
    choice && typeof choice === 'object' && choice.extra === undefined && extras.has(choice.intervention) ? { ...choice, extra: extras.get(choice.intervention) } : choice,
  );
}

/**
 * The team's file with the downloaded `choices` in place of its own, as written in the download
 * (the result is validated as a whole before anything is written).
 */
export function mergeChoices(existingText: string, downloadedChoices: unknown): string {
  const document = parseDocument(existingText);
  const existingChoices = (document.toJS() as { choices?: unknown } | null)?.choices;
  document.set('choices', document.createNode(withTeamExtras(downloadedChoices ?? [], existingChoices)));
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
