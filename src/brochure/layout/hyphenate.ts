/**
 * Where a word may be broken at a line end, from the `hyphen` package's TeX patterns (Dutch, or
 * British English for English sites). Only words of letters are hyphenated, so a URL, an e-mail
 * address, an amount or a phone number is never broken inside; a compound written with a hyphen
 * breaks after that hyphen.
 */
import english from 'hyphen/en-gb/index.js';
import dutch from 'hyphen/nl/index.js';
import type { Language } from '../../core/strings/labels.ts';
import { memoize } from '../../core/cache/memoize.ts';
import { SOFT_HYPHEN } from './soft-hyphen.ts';

export interface HyphenModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

/** The word's pieces: joined they give the word; a line may end after any piece but the last (adding "-" unless it ends in one). */
export type Hyphenate = (word: string) => string[];

const LETTERS = /^[\p{L}\u2019'-]+$/u;
const MIN_WORD = 6;

/**
 * Longer than any real word: such a run of letters is a code or a slip, and is broken by
 * characters instead. Hyphenating it and trying its pieces at a line end would take work that
 * grows with the square of its length.
 */
const MAX_HYPHENATED_WORD = 60;

export function createHyphenate(language: Language): Hyphenate {
  const patterns = language === 'en' ? english : dutch;
  return memoize((word: string): string[] => {
    // Leading and trailing punctuation stay on their piece: "(leerlingen)," breaks as "(leer-" "lingen),".
    const match = /^([^\p{L}]*)(.*?)([^\p{L}]*)$/u.exec(word);
    const [, before = '', core = '', after = ''] = match ?? [];
    if (core.length < MIN_WORD || core.length > MAX_HYPHENATED_WORD || !LETTERS.test(core)) return [word];
    const parts = core.split(/(?<=-)/).flatMap((part) => patterns.hyphenateSync(part, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD }).split(SOFT_HYPHEN));
    parts[0] = before + parts[0];
    parts[parts.length - 1] += after;
    return parts;
  });
}
