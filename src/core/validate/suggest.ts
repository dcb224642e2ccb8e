/** "Did you mean ...?": the existing ids or words nearest to one that was mistyped. */
import { distance } from 'fastest-levenshtein';

/**
 * The candidates closest to `written` by edit distance (case ignored), nearest first, at most
 * `limit`. Only close ones count: within a third of the word's length (at least 1 edit), so a
 * typo finds its word and an unrelated name suggests nothing.
 */
export function nearest(written: string, candidates: Iterable<string>, limit = 3): string[] {
  const word = written.toLowerCase();
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, edits: distance(word, candidate.toLowerCase()) }))
    .filter(({ edits }) => edits <= allowed)
    .sort((a, b) => a.edits - b.edits || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
