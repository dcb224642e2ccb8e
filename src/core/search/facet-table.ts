/**
 * The filter values of every indexed page, keyed by Pagefind's page id, so the search page can
 * filter and count in plain JavaScript. Pagefind can do both, but it recounts every filter it
 * has loaded on every search: at 5,000 interventions that took ~75 of a ~100 ms answer, and its
 * four filter files weigh 50 KB. One pass over the results here takes about a millisecond.
 *
 * Wire form (written gzipped next to Pagefind's index by the build):
 * `{ "values": { "domein": ["taal", ...], ... }, "pages": { "nl_59483fd": "2 0 17 0,2" } }`:
 * per page, one field per filter in SEARCH_FILTERS order, each the indexes of its values.
 */
import { SEARCH_FILTERS, type SearchFilter } from './search-filters.ts';
import { activeFilters, type SearchState } from './search-state.ts';

export type FilterCounts = Record<SearchFilter, Record<string, number>>;

export interface FacetTable {
  values: Record<SearchFilter, string[]>;
  /** Per page id, per filter (SEARCH_FILTERS order), the page's values. */
  pages: Map<string, string[][]>;
}

interface FacetWire {
  values: Record<SearchFilter, string[]>;
  pages: Record<string, string>;
}

/** `pages`: page id → the filter values Pagefind recorded for it (filters not in SEARCH_FILTERS are ignored). */
export function encodeFacets(pages: Iterable<{ id: string; filters: Partial<Record<string, string[]>> }>): string {
  const values = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, [] as string[]])) as Record<SearchFilter, string[]>;
  const indexOf = (name: SearchFilter, value: string) => {
    const known = values[name].indexOf(value);
    return known >= 0 ? known : values[name].push(value) - 1;
  };
  const wire: FacetWire = { values, pages: {} };
  // Sorted ids compress better and make the file the same for the same index.
  for (const page of [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    wire.pages[page.id] = SEARCH_FILTERS.map((name) => (page.filters[name] ?? []).map((value) => indexOf(name, value)).join(',')).join(' ');
  }
  return JSON.stringify(wire);
}

export function decodeFacets(text: string): FacetTable {
  const wire = JSON.parse(text) as FacetWire;
  const pages = new Map<string, string[][]>();
  for (const [id, fields] of Object.entries(wire.pages)) {
    const parts = fields.split(' ');
    pages.set(
      id,
      SEARCH_FILTERS.map((name, n) => (parts[n] ? parts[n].split(',').map((index) => wire.values[name][Number(index)] ?? '') : [])),
    );
  }
  return { values: wire.values, pages };
}

/** Which of the active filters a page fails, as positions in SEARCH_FILTERS. */
function failedFilters(page: string[][] | undefined, active: Partial<Record<SearchFilter, string>>): number[] {
  const failed: number[] = [];
  SEARCH_FILTERS.forEach((name, n) => {
    const wanted = active[name];
    if (wanted && !page?.[n]?.includes(wanted)) failed.push(n);
  });
  return failed;
}

/** The results (in their order) that pass every active filter of the search. */
export function narrowResults<T extends { id: string }>(results: readonly T[], table: FacetTable, state: SearchState): T[] {
  const active = activeFilters(state);
  return results.filter((result) => failedFilters(table.pages.get(result.id), active).length === 0);
}

/**
 * For each filter, how many results each of its values would give with the other filters
 * applied but not itself, so every choice shows what picking it gives (as Pagefind's counts did).
 */
export function facetCounts(results: Iterable<{ id: string }>, table: FacetTable, state: SearchState): FilterCounts {
  const counts = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, {} as Record<string, number>])) as FilterCounts;
  const active = activeFilters(state);
  const add = (n: number, values: string[] | undefined) => {
    const own = counts[SEARCH_FILTERS[n]!];
    for (const value of values ?? []) own[value] = (own[value] ?? 0) + 1;
  };
  for (const { id } of results) {
    const page = table.pages.get(id);
    const failed = failedFilters(page, active);
    // Passing all filters counts for every filter; failing exactly one still counts for that one.
    if (failed.length === 0) SEARCH_FILTERS.forEach((_, n) => add(n, page?.[n]));
    else if (failed.length === 1) add(failed[0]!, page?.[failed[0]!]);
  }
  return counts;
}

/** Every page id in the table: the "results" of an empty search, for the counts next to the full list. */
export const allPages = (table: FacetTable): { id: string }[] => [...table.pages.keys()].map((id) => ({ id }));
