/**
 * Indexes a built site with Pagefind's Node API and writes the index into its `pagefind/`
 * folder. Only pages with `data-pagefind-body` (the intervention pages) become results.
 * Modelled on Starlight's Pagefind integration: create, add, write, and always close.
 */
import * as pagefind from 'pagefind';

export interface SearchIndexResult {
  /** Pages that became search results. */
  pages: number;
}

/** Throws with Pagefind's own messages when indexing fails, so the build stops before publishing. */
function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    failOn(createErrors, 'starting Pagefind');
    if (!index) throw new Error('Search index: Pagefind returned no index');

    const { errors: addErrors, page_count: pages } = await index.addDirectory({ path: siteDir });
    failOn(addErrors, `indexing ${siteDir}`);

    const { errors: writeErrors } = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    failOn(writeErrors, 'writing the index');
    return { pages };
  } finally {
    await pagefind.close();
  }
}
