/**
 * A result's excerpt without the words the build added to its search record (compound parts,
 * synonyms). They sit at the end of the record, so a hit there has a word position past the
 * page's own words; the excerpt is cut from the page's own words around its own hits only.
 */
import { escapeHtml } from '../strings/escape-html.ts';
import { ADDED_WORDS_META, type StoredResultMeta } from './result-meta.ts';

/** Words in an excerpt (Pagefind is asked for the same length). */
export const EXCERPT_WORDS = 24;

/** What the excerpt is made from: Pagefind's result data. */
export interface ExcerptSource {
  /** Pagefind's own excerpt, HTML with `<mark>`. */
  excerpt: string;
  /** The record's text, words separated by white space. */
  content?: string;
  /** Word positions of the hits in `content`. */
  locations?: number[];
  word_count?: number;
  meta: StoredResultMeta;
}

/**
 * The excerpt to show, or null when the page was found only by added words (then the card shows
 * its summary). Pages without added words keep Pagefind's excerpt.
 */
export function pageExcerpt(data: ExcerptSource, length = EXCERPT_WORDS): string | null {
  const added = Number(data.meta[ADDED_WORDS_META] ?? 0);
  if (!(added > 0) || data.content === undefined || data.locations === undefined) return data.excerpt;
  const words = data.content.split(/\s+/).filter(Boolean);
  const ownCount = (data.word_count ?? words.length) - added;
  const hits = new Set(data.locations.filter((location) => location < ownCount));
  if (hits.size === 0) return null;
  const first = Math.min(...hits);
  // The hit a third of the way in, as Pagefind places it, without running into the added words.
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), ownCount - length));
  return words
    .slice(start, Math.min(start + length, ownCount))
    .map((word, i) => (hits.has(start + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
}
