/**
 * Marks the searched words in a text, as Pagefind marks them in its excerpts: a word of the
 * text is marked when it starts with a searched word (so "lezen" marks "Lezen" and "leesclub"
 * does not). Pure, so result cards are tested without a browser.
 */

export interface TextPart {
  text: string;
  marked: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The searched words, lower case; single letters mark too much to help. */
export const searchTerms = (query: string): string[] =>
  (query.toLocaleLowerCase().match(WORD) ?? []).filter((term) => term.length >= 2);

const matches = (word: string, terms: readonly string[]) => terms.some((term) => word.toLocaleLowerCase().startsWith(term));

export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    if (!matches(found[0], terms)) continue;
    if (found.index > last) parts.push({ text: text.slice(last, found.index), marked: false });
    parts.push({ text: found[0], marked: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}

export const hasMatch = (text: string, terms: readonly string[]): boolean =>
  terms.length > 0 && [...text.matchAll(WORD)].some((found) => matches(found[0], terms));
