/**
 * Words the interface uses for the content's codes (offer kinds, cost units, school types),
 * in the site's language. One table, used by pages, brochures and the browser alike.
 */
import { memoize } from '../cache/memoize.ts';
import type { SchoolType } from '../schema/common.ts';
import type { CostUnit, OfferKind } from '../schema/intervention.ts';

export type Language = 'nl' | 'en';

/**
 * The shape every other language must give a string table written in Dutch: the same keys, plain
 * strings for strings and functions with the same arguments for the ones that fill in values.
 */
export type Translation<Dutch> = {
  [K in keyof Dutch]: Dutch[K] extends (...args: infer A) => infer R ? (...args: A) => (R extends string ? string : R) : string;
};

export const offerLabels: Record<Language, Record<OfferKind, string>> = {
  nl: { fixed: 'Vast aanbod', optional: 'Keuzeaanbod' },
  en: { fixed: 'Fixed offer', optional: 'Optional offer' },
};

export const schoolTypeLabels: Record<Language, Record<SchoolType, string>> = {
  nl: { vve: 'Voor- en vroegschoolse educatie', po: 'Primair onderwijs', so: 'Speciaal onderwijs', vo: 'Voortgezet onderwijs' },
  en: { vve: 'Early childhood education', po: 'Primary education', so: 'Special education', vo: 'Secondary education' },
};

/** "per leerling": the unit a price is charged in. */
export const costUnitLabels: Record<Language, Record<CostUnit, string>> = {
  nl: { school: 'per school', pupil: 'per leerling', group: 'per groep', session: 'per bijeenkomst' },
  en: { school: 'per school', pupil: 'per pupil', group: 'per group', session: 'per session' },
};

/** "leerlingen": what a quantity counts, for overviews like "28 leerlingen". */
export const costUnitCounts: Record<Language, Record<CostUnit, [one: string, many: string]>> = {
  nl: { school: ['school', 'scholen'], pupil: ['leerling', 'leerlingen'], group: ['groep', 'groepen'], session: ['bijeenkomst', 'bijeenkomsten'] },
  en: { school: ['school', 'schools'], pupil: ['pupil', 'pupils'], group: ['group', 'groups'], session: ['session', 'sessions'] },
};

/** "leerling" or "leerlingen": the word a quantity of this unit is counted in. */
export function countNoun(quantity: number, unit: CostUnit, language: Language): string {
  const [one, many] = costUnitCounts[language][unit];
  return quantity === 1 ? one : many;
}

/** "28 leerlingen": a quantity with its unit in words. */
export const countOf = (quantity: number, unit: CostUnit, language: Language): string =>
  `${quantity.toLocaleString(localeOf(language))} ${countNoun(quantity, unit, language)}`;

export const localeOf = (language: Language): string => (language === 'nl' ? 'nl-NL' : 'en-GB');

// Made once per language: creating an Intl formatter costs far more than formatting with it.
const dateFormat = memoize(
  (language: Language) => new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

/** `1 augustus 2025`: a date as people read it. */
export const formatDate = (isoDate: string, language: Language): string => dateFormat(language).format(new Date(`${isoDate}T00:00:00Z`));
