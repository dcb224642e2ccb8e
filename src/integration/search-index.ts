/**
 * Indexes a built site with Pagefind's Node API and writes the index into its `pagefind/`
 * folder. Only pages with `data-pagefind-body` (the intervention pages) become results.
 * Modelled on Starlight's Pagefind integration: create, add, write, and always close.
 */
import * as pagefind from 'pagefind';
import { writeSearchFacets } from './search-facets.ts';

export interface SearchIndexResult {
  /** Pages that became search results. */
  pages: number;
}

/**
 * Only the intervention pages carry `data-pagefind-body`, so only they are read: Pagefind
 * otherwise parses every page (at 500 schools, 194 MB of school pages: 12-27 s of a build)
 * just to find nothing in it.
 */
const SEARCHABLE_PAGES = 'aanbod/*/index.html';

/** Throws with Pagefind's own messages when indexing fails, so the build stops before publishing. */
function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    failOn(createErrors, 'starting Pagefind');
    if (!index) throw new Error('Search index: Pagefind returned no index');

    const { errors: addErrors, page_count: pages } = await index.addDirectory({ path: siteDir, glob: SEARCHABLE_PAGES });
    failOn(addErrors, `indexing ${siteDir}`);

    const { errors: writeErrors } = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    failOn(writeErrors, 'writing the index');
    // The search page filters and counts with this table instead of Pagefind's filter files.
    writeSearchFacets(`${siteDir}/pagefind`);
    return { pages };
  } finally {
    await pagefind.close();
  }
}
