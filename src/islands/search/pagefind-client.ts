/**
 * The part of Pagefind's browser API the search page uses, typed, and how it is loaded: from
 * the site's own `pagefind/` folder under the base path, only when the search page opens.
 */
import { EXCERPT_WORDS, type ExcerptSource } from '../../core/search/excerpt.ts';
import { decodeFacets, type FacetTable } from '../../core/search/facet-table.ts';

export interface PagefindResultData extends ExcerptSource {
  url: string;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
}

interface PagefindSearchOptions {
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  /** A `null` term lists every page (in `sort` order). */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
}

/** `base` is the site's base path with a trailing slash, e.g. `/npo-aanbod/`. */
export async function loadPagefind(base: string): Promise<Pagefind> {
  // The bundle is written by the build next to the pages, so the bundler must not resolve it.
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  // Result URLs are indexed from the site root; the base path makes them right when published under a sub-path.
  // Without filters loaded a search takes a few tens of ms even at 5,000 pages, so it runs on
  // the page: Pagefind's web worker is another 43 KB to download and copies every result across.
  await pagefind.options({ baseUrl: base, excerptLength: EXCERPT_WORDS, noWorker: true });
  await pagefind.init();
  return pagefind;
}

/**
 * The filter values of every page (written by src/integration/search-facets.ts). Filtering and
 * counting use it rather than Pagefind's filters, which would be recounted on every search.
 */
export async function loadFacets(base: string): Promise<FacetTable> {
  const response = await fetch(`${base}pagefind/search-facets.json.gz`);
  if (!response.ok) throw new Error(`Search facets: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Stored gzipped, as Pagefind stores its own files; a host that labels .gz files as
  // Content-Encoding has already unpacked it, so look at the gzip magic bytes rather than trust the name.
  const packed = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const stream = new Blob([bytes]).stream();
  const text = await new Response(packed ? stream.pipeThrough(new DecompressionStream('gzip')) : stream).text();
  return decodeFacets(text);
}
