/** "a, b en c": a list in words, as the site's language writes it (Intl's list format, no Oxford comma in Dutch). */
import { localeOf, type Language } from './labels.ts';

export const listInWords = (items: readonly string[], language: Language): string =>
  new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' }).format(items);

/** "Primair onderwijs en voortgezet onderwijs": school types in a sentence, only the first capitalised. */
export const schoolTypesInWords = (labels: readonly string[], language: Language): string =>
  listInWords(labels.map((label, index) => (index === 0 ? label : label.toLocaleLowerCase(localeOf(language)))), language);
