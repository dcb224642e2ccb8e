/**
 * Runs searches against a built site as its visitors do: the site's own Pagefind, in Chromium,
 * served over HTTP. Returns the intervention ids of the results, best first.
 */
import { launchBrowser, openPage } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';

const idOf = (url: string) => /\/aanbod\/([^/]+)\/?$/.exec(url)?.[1] ?? url;

export async function searchSite(siteDir: string, queries: string[], top: number): Promise<string[][]> {
  const site = await serveStatic(siteDir);
  const running = await launchBrowser();
  try {
    const { page } = await openPage(running.browser);
    await page.goto(`${site.url}aanbod/`);
    const urls = await page.evaluate(
      async ({ queries, top }) => {
        type Result = { data(): Promise<{ url: string }> };
        type PagefindModule = { options(o: object): Promise<void>; search(term: string): Promise<{ results: Result[] }> };
        const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as PagefindModule;
        await pagefind.options({ baseUrl: '/' });
        const answers: string[][] = [];
        for (const query of queries) {
          const { results } = await pagefind.search(query);
          answers.push(await Promise.all(results.slice(0, top).map(async (result) => (await result.data()).url)));
        }
        return answers;
      },
      { queries, top },
    );
    return urls.map((list) => list.map(idOf));
  } finally {
    await running.close();
    await site.close();
  }
}
