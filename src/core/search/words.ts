/** The words of a text as search sees them: lower case, letters only, hyphenated words in parts too. */

/** The Dutch "ij" as one letter (ĳ) is written as two everywhere else. */
export const normaliseWord = (word: string): string => word.toLowerCase().replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'ij');

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Every word of `text` once, in order of first appearance; "sociaal-emotioneel" gives itself and both halves. */
export function wordsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const [match] of text.matchAll(WORD)) {
    const word = normaliseWord(match);
    seen.add(word);
    if (word.includes('-')) for (const half of word.split('-')) seen.add(half);
  }
  return [...seen];
}
