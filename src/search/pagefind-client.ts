/**
 * The part of Pagefind's browser API the search page uses, typed, and how it is loaded: from
 * the site's own `pagefind/` folder under the base path, only when the search page opens.
 */
import type { SearchFilter } from '../core/search-filters.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  /** Text around the hit; Pagefind wraps the hit in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts per filter value for this query and filters. */
  filters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Partial<Record<SearchFilter, string>>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

/** `base` is the site's base path with a trailing slash, e.g. `/npo-aanbod/`. */
export async function loadPagefind(base: string): Promise<Pagefind> {
  // The bundle is written by the build next to the pages, so the bundler must not resolve it.
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  // Result URLs are indexed from the site root; the base path makes them right when published under a sub-path.
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  await pagefind.init();
  // Pagefind loads each filter's index on first use and only counts filters it has loaded;
  // loading them all up front makes every search report counts for every filter.
  await pagefind.filters();
  return pagefind;
}
