/**
 * The words search adds to a page so that Dutch searches find it: the parts of its compound
 * words (Dutch catalogues only) and the synonyms of its words (any language). They are indexed
 * with the page, never shown on it.
 */
import { fullFormsOf, splitCompound, type WordList } from './compounds.ts';
import { normaliseWord, wordsOf } from './words.ts';

/** A group of words a search for one of which should find the others: `[dyslexie, leesproblemen]`. */
type SynonymGroup = readonly string[];

export interface SearchVocabulary {
  /** Compound splitting's word list, or undefined where compounds are not split (English). */
  compoundWords: WordList | undefined;
  synonyms: readonly SynonymGroup[];
}

/** Splits each distinct word once per build: a catalogue of thousands of pages shares its words. */
export function compoundParts(vocabulary: SearchVocabulary, cache = new Map<string, string[]>()) {
  return (word: string): string[] => {
    const { compoundWords } = vocabulary;
    if (!compoundWords) return [];
    let parts = cache.get(word);
    if (!parts) {
      parts = splitCompound(word, compoundWords);
      // The last part is written in full already ("voorleesproject": project); earlier ones often are not ("lees").
      const modifiers = parts.slice(0, -1);
      parts = [...new Set([...parts, ...modifiers.flatMap((part) => fullFormsOf(part, compoundWords))])];
      cache.set(word, parts);
    }
    return parts;
  };
}

/** Letters only, one space between words: "Sociaal-emotioneel, lezen" -> "sociaal emotioneel lezen". */
const plain = (text: string) => normaliseWord(text).replace(/[^\p{L}]+/gu, ' ').trim();

/** A member of one word is present when the page has it (or has it as a part); one of several words when the text holds them in order. */
function holds(member: string, words: ReadonlySet<string>, plainText: string): boolean {
  const normal = plain(member);
  return normal.includes(' ') ? plainText.includes(` ${normal} `) : words.has(normal);
}

/**
 * Words to index with a page whose text is `text`: the parts of its compounds, then the other
 * members of every synonym group one of its words (or parts) belongs to. Words already on the
 * page are left out, so nothing it says is counted twice.
 */
export function addedWords(text: string, vocabulary: SearchVocabulary, partsOf = compoundParts(vocabulary)): string[] {
  const own = wordsOf(text);
  const ownSet = new Set(own);
  const parts = own.flatMap(partsOf);
  const found = new Set([...own, ...parts]);
  const plainText = ` ${plain(text)} `;
  const synonyms = vocabulary.synonyms
    .filter((group) => group.some((member) => holds(member, found, plainText)))
    .flatMap((group) => group.flatMap((member) => wordsOf(member)));
  return [...new Set([...parts, ...synonyms])].filter((word) => !ownSet.has(word));
}
