/** "a, b en c": lists in words, as the site's language writes it (Intl's list format, no Oxford comma in Dutch). */
import { memoize } from '../cache/memoize.ts';
import { localeOf, type Language } from './labels.ts';

// Made once per language: creating an Intl formatter costs far more than formatting with it.
const listFormats = {
  and: memoize((language: Language) => new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' })),
  or: memoize((language: Language) => new Intl.ListFormat(localeOf(language), { style: 'long', type: 'disjunction' })),
};

/** `a, b en c`, or with `joined` 'or' `a, b of c` ("a, b or c"). */
export const listInWords = (items: readonly string[], language: Language, joined: 'and' | 'or' = 'and'): string =>
  listFormats[joined](language).format(items);

/** "Primair onderwijs en voortgezet onderwijs": school types in a sentence, only the first capitalised. */
export const schoolTypesInWords = (labels: readonly string[], language: Language): string =>
  listInWords(labels.map((label, index) => (index === 0 ? label : label.toLocaleLowerCase(localeOf(language)))), language);
