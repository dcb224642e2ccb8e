/** A catalogue published under a sub-path (/npo-aanbod/): links, assets and the search all work there. */
import { expect, test } from 'vitest';
import { describeInBrowser, eventually, searchResultLinks, useBrowserSession } from '../support/browser.ts';

describeInBrowser('a catalogue published under /npo-aanbod/', () => {
  // Every page opened through the session is also checked for requests to other hosts, failed loads and script errors.
  const session = useBrowserSession('minimal');

  test('the search loads its index from the sub-path and its results link into the sub-path', async () => {
    const before = session.site.requests.length;
    const { page } = await session.open('aanbod/?q=zwemles');
    await eventually(() => searchResultLinks(page)).toEqual(['/npo-aanbod/aanbod/zwemles-vo/']);
    await page.locator('[data-search-results] .card-title a').click();
    await eventually(() => new URL(page.url()).pathname).toBe('/npo-aanbod/aanbod/zwemles-vo/');
    const requested = session.site.requests.slice(before);
    expect(requested.filter((url) => !url.startsWith('/npo-aanbod/') && url !== '/favicon.ico')).toEqual([]);
  });

  test('filters work under the sub-path: optional offer for VO', async () => {
    const { page } = await session.open('aanbod/?aanbod=keuze&schooltype=vo');
    await eventually(async () => (await searchResultLinks(page)).sort()).toEqual(['/npo-aanbod/aanbod/leesclub/', '/npo-aanbod/aanbod/zwemles-vo/']);
  });

  test('content text in results is shown as text, never run as HTML', async () => {
    const { page, dialogs } = await session.open('aanbod/?q=leesclub');
    await eventually(() => searchResultLinks(page)).toContain('/npo-aanbod/aanbod/leesclub/');
    await expect(page.locator('[data-search-results] script').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('every link and asset on the pages stays inside the sub-path', async () => {
    for (const path of ['', 'aanbod/', 'aanbieders/', 'scholen/']) {
      const { page } = await session.open(path);
      const addresses = await page.locator('a[href], link[href], script[src], img[src]').evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
      );
      const internal = addresses.filter((address) => address.startsWith('/'));
      expect(internal.filter((address) => !address.startsWith('/npo-aanbod/')), path).toEqual([]);
    }
  });
});
