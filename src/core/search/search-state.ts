/**
 * What a visitor searched for on /aanbod/, and its URL form (`?q=lezen&aanbod=keuze`), so a
 * result list can be shared and the back button restores it. Unknown parameters and values
 * that cannot be valid are dropped rather than trusted: the URL is user input.
 */
import { ID_PATTERN, isSchoolType } from '../schema/ids.ts';
import {
  SEARCH_FILTERS,
  isOfferFilterValue,
  type OfferFilterValue,
  type SearchFilter,
} from './search-filters.ts';
import type { SchoolType } from '../schema/common.ts';
import { isEvidenceLevel } from '../schema/evidence.ts';
import { isMenukaartCategory } from '../schema/menukaart.ts';
import { isAgeValue, isGroupValue } from './search-ranges.ts';

export interface SearchState {
  /** The words typed, trimmed; empty when only filters are used. */
  q: string;
  domein?: string;
  aanbod?: OfferFilterValue;
  aanbieder?: string;
  schooltype?: SchoolType;
  /** A need id from site.yaml. */
  behoefte?: string;
  /** A menukaart letter, A to F. */
  menukaart?: string;
  /** An evidence level. */
  onderbouwing?: string;
  /** An age in years. */
  leeftijd?: string;
  /** A groep or klas number. */
  groep?: string;
}

/** Queries longer than this are cut: nobody types them, and they only slow the search down. */
const MAX_QUERY_LENGTH = 200;

const validators: Record<SearchFilter, (value: string) => boolean> = {
  domein: (value) => ID_PATTERN.test(value),
  aanbod: isOfferFilterValue,
  aanbieder: (value) => ID_PATTERN.test(value),
  schooltype: isSchoolType,
  behoefte: (value) => ID_PATTERN.test(value),
  menukaart: isMenukaartCategory,
  onderbouwing: isEvidenceLevel,
  leeftijd: isAgeValue,
  groep: isGroupValue,
};

/** Reads `location.search` (with or without the leading `?`). */
export function stateFromQueryString(queryString: string): SearchState {
  const params = new URLSearchParams(queryString);
  const state: SearchState = { q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH) };
  for (const filter of SEARCH_FILTERS) {
    const value = params.get(filter);
    if (value !== null && validators[filter](value)) Object.assign(state, { [filter]: value });
  }
  return state;
}

/** `?q=...&domein=...` in a fixed order, or '' for an empty search; leaves out empty values. */
export function queryStringOf(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const filter of SEARCH_FILTERS) {
    const value = state[filter];
    if (value) params.set(filter, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The active filters in Pagefind's form: `{ aanbod: 'keuze', schooltype: 'vo' }`. */
export function activeFilters(state: SearchState, except?: SearchFilter): Partial<Record<SearchFilter, string>> {
  const filters: Partial<Record<SearchFilter, string>> = {};
  for (const filter of SEARCH_FILTERS) {
    const value = state[filter];
    if (value && filter !== except) filters[filter] = value;
  }
  return filters;
}

/** True when nothing is searched or filtered: the page then shows the full grouped list. */
export const isEmptySearch = (state: SearchState): boolean =>
  !state.q.trim() && SEARCH_FILTERS.every((filter) => !state[filter]);

export const sameSearch = (a: SearchState, b: SearchState): boolean => queryStringOf(a) === queryStringOf(b);
