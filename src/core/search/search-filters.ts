/**
 * The search filters, shared by the pages that declare them to Pagefind and the browser code
 * that queries them. Their names are the URL parameters of /aanbod/ (Dutch, as users see them
 * in a shared link), so one table keeps the index and the URL in step.
 */
import type { Intervention } from '../catalogue/catalogue-model.ts';
import type { OfferKind } from '../schema/intervention.ts';
import { ageValues, groupValues } from './search-ranges.ts';

/** Filter names, in the order they appear on the page and in the URL. */
export const SEARCH_FILTERS = ['domein', 'aanbod', 'aanbieder', 'schooltype', 'behoefte', 'menukaart', 'onderbouwing', 'leeftijd', 'groep'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** `vast` / `keuze`: the offer kinds as they appear in URLs and the index. */
export const OFFER_FILTER_VALUES = { fixed: 'vast', optional: 'keuze' } as const satisfies Record<OfferKind, string>;
export type OfferFilterValue = (typeof OFFER_FILTER_VALUES)[OfferKind];

export const isOfferFilterValue = (value: string): value is OfferFilterValue =>
  Object.values(OFFER_FILTER_VALUES).includes(value as OfferFilterValue);

/** The filter values one intervention page declares; school types can be several. */
export function searchFiltersOf(intervention: Intervention): Record<SearchFilter, string[]> {
  return {
    domein: [intervention.domain],
    aanbod: [OFFER_FILTER_VALUES[intervention.offer]],
    aanbieder: [intervention.provider],
    schooltype: [...intervention.schoolTypes],
    behoefte: [...(intervention.needs ?? [])],
    menukaart: [...(intervention.menukaart ?? [])],
    onderbouwing: intervention.evidence ? [intervention.evidence.level] : [],
    leeftijd: ageValues(intervention.ages),
    groep: groupValues(intervention.groups),
  };
}
