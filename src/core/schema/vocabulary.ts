/**
 * The fixed vocabularies of the content contract (offer, cost unit, brochure completeness, ...)
 * accept the Dutch words a team writes as well as the canonical English values. The words are
 * normalised here, at the schema edge, so everything after the schema sees one form: the
 * canonical value, which is also the form aanbodgids itself writes (downloads, JSON).
 */
import { z } from 'astro/zod';

/** Other words accepted for one canonical value; `dutch` is the word hints name first. */
export interface Words {
  dutch?: string;
  also?: readonly string[];
}

export interface Vocabulary<V extends string> {
  /** The canonical values, in contract order. */
  values: readonly V[];
  /** The word hints show for a value: its Dutch word, or the value itself. */
  dutchWord(value: V): string;
  /** Every word accepted, Dutch and English, for suggestions. */
  accepted: readonly string[];
  /** The canonical value for a written word (any case, surrounding spaces ignored), else the input as is. */
  normalise(input: unknown): unknown;
  /** The zod schema: accepts every word, outputs the canonical value. */
  schema: z.ZodType<V, unknown>;
}

const keyOf = (word: string) => word.trim().toLowerCase();

/** Every vocabulary, by its canonical values, so a schema problem can name the Dutch words. */
const vocabularies = new Map<string, Vocabulary<string>>();

/** A fixed vocabulary: canonical values plus the Dutch (and other) words that mean the same. */
export function vocabulary<const V extends string>(
  values: readonly [V, ...V[]],
  words: Partial<Record<V, Words>> = {},
): Vocabulary<V> {
  const lookup = new Map<string, V>();
  for (const value of values) {
    const { dutch, also = [] } = words[value] ?? {};
    for (const word of [value, ...(dutch ? [dutch] : []), ...also]) lookup.set(keyOf(word), value);
  }
  const normalise = (input: unknown) => (typeof input === 'string' ? (lookup.get(keyOf(input)) ?? input) : input);
  const result: Vocabulary<V> = {
    values,
    dutchWord: (value) => words[value]?.dutch ?? value,
    accepted: [...new Set(values.flatMap((value) => [words[value]?.dutch ?? value, value, ...(words[value]?.also ?? [])]))],
    normalise,
    schema: z.preprocess(normalise, z.enum(values)) as unknown as z.ZodType<V, unknown>,
  };
  vocabularies.set(values.join('|'), result as unknown as Vocabulary<string>);
  return result;
}

/** The vocabulary whose canonical values these are (as a zod `invalid_value` issue lists them). */
export function vocabularyOf(values: readonly unknown[]): Vocabulary<string> | undefined {
  return vocabularies.get(values.map(String).join('|'));
}
