/**
 * Indexes a built site with Pagefind's Node API and writes the index into its `pagefind/`
 * folder. Only the intervention pages (with `data-pagefind-body`) become results, each handed
 * to Pagefind with its added search words (search-words.ts).
 * Modelled on Starlight's Pagefind integration: create, add, write, and always close.
 */
import { readFileSync } from 'node:fs';
import { interventionPath } from '../core/catalogue/page-paths.ts';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Catalogue } from '../core/catalogue/catalogue-model.ts';
import type { RawIntervention } from './read-content.ts';
import { writeSearchFacets } from './search-facets.ts';
import { addedWordsByIntervention, withAddedWords } from './search-words.ts';

export interface SearchIndexResult {
  /** Pages that became search results. */
  pages: number;
}

export interface SearchIndexInput {
  siteDir: string;
  catalogue: Catalogue;
  interventions: RawIntervention[];
  /** False indexes the pages as they are, without added words (options.ts: searchWords). */
  searchWords: boolean;
}

/** Throws with Pagefind's own messages when indexing fails, so the build stops before publishing. */
function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Only the intervention pages are read: Pagefind would otherwise parse every page (at 500
 * schools, 194 MB of school pages) just to find nothing in it.
 */
export async function writeSearchIndex({ siteDir, catalogue, interventions, searchWords }: SearchIndexInput): Promise<SearchIndexResult> {
  const added = searchWords ? addedWordsByIntervention(catalogue, interventions) : new Map<string, string[]>();
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    failOn(createErrors, 'starting Pagefind');
    if (!index) throw new Error('Search index: Pagefind returned no index');

    for (const { id } of catalogue.interventions) {
      const sourcePath = `${interventionPath(id)}index.html`;
      const html = readFileSync(path.join(siteDir, sourcePath), 'utf8');
      const { errors } = await index.addHTMLFile({ sourcePath, content: withAddedWords(html, added.get(id) ?? [], sourcePath) });
      failOn(errors, `indexing ${sourcePath}`);
    }

    const { errors: writeErrors } = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    failOn(writeErrors, 'writing the index');
    // The search page filters and counts with this table instead of Pagefind's filter files.
    writeSearchFacets(`${siteDir}/pagefind`);
    return { pages: catalogue.interventions.length };
  } finally {
    await pagefind.close();
  }
}
