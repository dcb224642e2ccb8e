/**
 * Writes the facet table (src/core/search/facet-table.ts) next to Pagefind's index: each page's
 * filter values keyed by its Pagefind id, read back from the fragments Pagefind just wrote, so
 * the ids are exactly the ones its searches return. Gzipped like Pagefind's own files; the
 * browser unpacks it with DecompressionStream.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encodeFacets } from '../core/search/facet-table.ts';

const FACETS_FILE = 'search-facets.json.gz';

/** Pagefind's files start with this signature after decompression. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

interface Fragment {
  filters?: Record<string, string[]>;
}

export function writeSearchFacets(pagefindDir: string): { pages: number } {
  const fragmentDir = path.join(pagefindDir, 'fragment');
  // A catalogue without interventions (a team starting out) has no pages, and Pagefind writes no fragment folder.
  const files = existsSync(fragmentDir) ? readdirSync(fragmentDir) : [];
  const pages = files
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => {
      const text = gunzipSync(readFileSync(path.join(fragmentDir, file))).toString('utf8');
      if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`Search facets: ${file} is not a Pagefind fragment`);
      const fragment = JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as Fragment;
      return { id: file.replace(/\.pf_fragment$/, ''), filters: fragment.filters ?? {} };
    });
  writeFileSync(path.join(pagefindDir, FACETS_FILE), gzipSync(encodeFacets(pages), { level: 9 }));
  return { pages: pages.length };
}
