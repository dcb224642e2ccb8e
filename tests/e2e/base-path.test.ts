/** A catalogue published under a sub-path (/npo-aanbod/): links, assets and the search all work there. */
import { expect, inject, test } from 'vitest';
import { describeInBrowser, openPage, searchResultLinks, useBrowserSession } from '../support/browser.ts';

describeInBrowser('a catalogue published under /npo-aanbod/', () => {
  const session = useBrowserSession(inject('minimalDist'), '/npo-aanbod/');

  test('the search loads its index from the sub-path and its results link into the sub-path', async () => {
    const { page, context, foreignRequests, failedRequests, pageErrors } = await openPage(session.browser);
    await page.goto(`${session.url}aanbod/?q=zwemles`);
    await expect.poll(() => searchResultLinks(page)).toEqual(['/npo-aanbod/aanbod/zwemles-vo/']);
    await page.locator('[data-search-results] .card-title a').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/npo-aanbod/aanbod/zwemles-vo/');
    expect({ foreignRequests, failedRequests, pageErrors }).toEqual({ foreignRequests: [], failedRequests: [], pageErrors: [] });
    expect(session.site.requests.every((url) => url.startsWith('/npo-aanbod/') || url === '/favicon.ico')).toBe(true);
    await context.close();
  });

  test('filters work under the sub-path: optional offer for VO', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${session.url}aanbod/?aanbod=keuze&schooltype=vo`);
    await expect.poll(async () => (await searchResultLinks(page)).sort()).toEqual(['/npo-aanbod/aanbod/leesclub/', '/npo-aanbod/aanbod/zwemles-vo/']);
    await context.close();
  });

  test('content text in results is shown as text, never run as HTML', async () => {
    const { page, context, pageErrors } = await openPage(session.browser);
    let dialogs = 0;
    page.on('dialog', async (dialog) => ((dialogs += 1), await dialog.dismiss()));
    await page.goto(`${session.url}aanbod/?q=leesclub`);
    await expect.poll(() => searchResultLinks(page)).toContain('/npo-aanbod/aanbod/leesclub/');
    await expect(page.locator('[data-search-results] script').count()).resolves.toBe(0);
    expect(dialogs).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('every link and asset on the pages stays inside the sub-path', async () => {
    const { page, context, failedRequests } = await openPage(session.browser);
    for (const path of ['', 'aanbod/', 'aanbieders/', 'scholen/']) {
      await page.goto(`${session.url}${path}`);
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
