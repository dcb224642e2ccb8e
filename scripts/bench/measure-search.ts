/**
 * The first search as a visitor meets it, in Chromium: open /aanbod/, type a word, wait for the
 * results. Counts the bytes of every Pagefind file fetched until then (they are served as they
 * lie on disk: Pagefind's index files are already compressed), then times how fast Pagefind
 * answers the next searches (search plus the data of the first batch of results shown).
 */
import { statSync } from 'node:fs';
import { RESULTS_PER_BATCH } from '../../src/core/search/search-batch.ts';
import { launchBrowser, openPage, searchResultLinks, waitForSearchReady } from '../lib/browser.ts';
import { fileFor, serveStatic } from '../lib/static-server.ts';

export interface SearchMeasures {
  query: string;
  firstSearchBytes: number;
  firstSearchFiles: number;
  /** Slowest of the follow-up searches, ms: Pagefind's answer plus the data of the results the page shows at once. */
  answerMs: number;
}

const FIRST_QUERY = 'lezen';
const NEXT_QUERIES = ['sport', 'ouders', 'muziek welzijn', 'nieuwkomers'];
/** The search page draws this many results at once. */
const RESULTS_SHOWN = RESULTS_PER_BATCH;

export async function measureSearch(siteDir: string): Promise<SearchMeasures> {
  const site = await serveStatic(siteDir);
  const running = await launchBrowser();
  try {
    const { page } = await openPage(running.browser);
    await page.goto(`${site.url}aanbod/`);
    await waitForSearchReady(page);
    await page.fill('#zoek-q', FIRST_QUERY);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results]:not([hidden]) .card-title a').length > 0);
    if ((await searchResultLinks(page)).length === 0) throw new Error(`the search for "${FIRST_QUERY}" showed no results`);

    const pagefindFiles = site.requests.filter((request) => request.includes('/pagefind/'));
    const firstSearchBytes = pagefindFiles.reduce((sum, request) => {
      const file = fileFor(siteDir, '/', request);
      return sum + (file ? statSync(file).size : 0);
    }, 0);

    const timings = await page.evaluate(
      async ({ queries, shown }) => {
        type Result = { data(): Promise<unknown> };
        type PagefindModule = { search(term: string): Promise<{ results: Result[] }> };
        // The same module instance the page loaded, so its index and settings are already in place.
        const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as PagefindModule;
        const times: number[] = [];
        for (const query of queries) {
          const started = performance.now();
          const { results } = await pagefind.search(query);
          await Promise.all(results.slice(0, shown).map((result) => result.data()));
          times.push(performance.now() - started);
        }
        return times;
      },
      { queries: NEXT_QUERIES, shown: RESULTS_SHOWN },
    );
    return { query: FIRST_QUERY, firstSearchBytes, firstSearchFiles: pagefindFiles.length, answerMs: Math.round(Math.max(...timings)) };
  } finally {
    await running.close();
    await site.close();
  }
}
