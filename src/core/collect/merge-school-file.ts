/**
 * Merging a school's downloaded choices into its file in content/schools/: only `choices`
 * changes; every other field the project team keeps (budget, brin, board, contact, extra) and the
 * file's comments stay as they were. The yaml package's Document keeps the comments.
 */
import { parseDocument } from 'yaml';

/**
 * The team's file with the downloaded `choices` in place of its own, as written in the download
 * (the result is validated as a whole before anything is written).
 */
export function mergeChoices(existingText: string, downloadedChoices: unknown): string {
  const document = parseDocument(existingText);
  document.set('choices', document.createNode(downloadedChoices ?? []));
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
