/** A catalogue published under a sub-path (/npo-aanbod/): links, assets and the search all work there. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { describeInBrowser, launchBrowser, openPage, searchResultLinks, type RunningBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

describeInBrowser('a catalogue published under /npo-aanbod/', () => {
  let site: StaticSite;
  let running: RunningBrowser;

  beforeAll(async () => {
    site = await serveStatic(inject('minimalDist'), '/npo-aanbod/');
    running = await launchBrowser();
  });
  afterAll(async () => {
    await running?.close();
    await site?.close();
  });

  test('the search loads its index from the sub-path and its results link into the sub-path', async () => {
    const { page, context, foreignRequests, failedRequests, pageErrors } = await openPage(running.browser);
    await page.goto(`${site.url}aanbod/?q=zwemles`);
    await expect.poll(() => searchResultLinks(page)).toEqual(['/npo-aanbod/aanbod/zwemles-vo/']);
    await page.locator('[data-search-results] .card-title a').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/npo-aanbod/aanbod/zwemles-vo/');
    expect({ foreignRequests, failedRequests, pageErrors }).toEqual({ foreignRequests: [], failedRequests: [], pageErrors: [] });
    expect(site.requests.every((url) => url.startsWith('/npo-aanbod/') || url === '/favicon.ico')).toBe(true);
    await context.close();
  });

  test('filters work under the sub-path: optional offer for VO', async () => {
    const { page, context } = await openPage(running.browser);
    await page.goto(`${site.url}aanbod/?aanbod=keuze&schooltype=vo`);
    await expect.poll(async () => (await searchResultLinks(page)).sort()).toEqual(['/npo-aanbod/aanbod/leesclub/', '/npo-aanbod/aanbod/zwemles-vo/']);
    await context.close();
  });

  test('content text in results is shown as text, never run as HTML', async () => {
    const { page, context, pageErrors } = await openPage(running.browser);
    let dialogs = 0;
    page.on('dialog', async (dialog) => ((dialogs += 1), await dialog.dismiss()));
    await page.goto(`${site.url}aanbod/?q=leesclub`);
    await expect.poll(() => searchResultLinks(page)).toContain('/npo-aanbod/aanbod/leesclub/');
    await expect(page.locator('[data-search-results] script').count()).resolves.toBe(0);
    expect(dialogs).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('every link and asset on the pages stays inside the sub-path', async () => {
    const { page, context, failedRequests } = await openPage(running.browser);
    for (const path of ['', 'aanbod/', 'aanbieders/', 'scholen/']) {
      await page.goto(`${site.url}${path}`);
      const addresses = await page.locator('a[href], link[href], script[src], img[src]').evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
      );
      const internal = addresses.filter((address) => address.startsWith('/'));
      expect(internal.filter((address) => !address.startsWith('/npo-aanbod/')), path).toEqual([]);
    }
    expect(failedRequests).toEqual([]);
    await context.close();
  });
});
