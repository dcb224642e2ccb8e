/** The shape of one language's problem texts: a sentence (and a fix) for every kind of problem. */
import type { ProblemKind, ProblemOf } from './problem.ts';

export interface ProblemText {
  /** What is wrong, following the field and value: `is geen interventie; bedoelt u leesclub?`. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** Every kind must have a text in every language: a missing one is a compile error. */
export type ProblemTexts = { [K in ProblemKind]: (problem: ProblemOf<K>) => ProblemText };

/** How a language names the parts of a problem's place. */
export interface PlaceWords {
  /** What one item of a list is called, by the list's field name: `choices` -> `keuze`. */
  itemOf(list: string): string;
}

/** A character as people can find it in their text and look it up: `"日" (U+65E5)`. */
export const characterName = (character: string): string =>
  `"${character}" (U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;
