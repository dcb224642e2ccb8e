/** Hostile content in a real browser: nothing it holds runs as script on the site's address. */
import { expect, test } from 'vitest';
import { describeInBrowser, useBrowserSession } from '../support/browser.ts';

describeInBrowser('hostile content in Chromium', () => {
  // The session fails a test on any dialog (an alert from content), script error or request to another host.
  const session = useBrowserSession('hostile');

  test('a body with raw HTML runs none of it, and keeps no link that could', async () => {
    const watched = await session.open('aanbod/html-in-markdown/');
    const { page } = watched;
    await page.waitForLoadState('load');
    await expect(page.title()).resolves.toBe('HTML in Markdown | Vijandig testaanbod');
    const linkTargets = await page.locator('.prose a[href]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).protocol));
    expect(linkTargets.filter((protocol) => !['http:', 'https:', 'mailto:', 'tel:'].includes(protocol))).toEqual([]);
    await expect(page.locator('.prose [href^="javascript:" i], .prose [src^="javascript:" i], .prose script, .prose iframe').count()).resolves.toBe(0);
    // The raw <img src="x" onerror> is kept as a plain image: its load fails, and nothing runs.
    expect(watched.failedRequests).toEqual([expect.stringMatching(/^404 .*\/aanbod\/html-in-markdown\/x$/)]);
    watched.failedRequests.length = 0;
  });

  test.each([
    ['', ['de inleiding', 'uw aanbod', 'hier']],
    ['aanbieders/leeshuis/', ['onze site']],
    ['aanbod/koppen-van-de-pagina/', ['het formulier']],
  ])('reference-style script links in the prose fields of /%s run nothing when clicked, and no image loads from another host', async (path, texts) => {
    const { page } = await session.open(path);
    await page.waitForLoadState('load');
    for (const text of texts) await page.getByText(text, { exact: true }).first().click();
    await expect(page.locator('[href^="javascript:" i]').count()).resolves.toBe(0);
    // Still the same page: a click that ran script or left the site would show in the session's checks too.
    expect(new URL(page.url()).pathname).toBe(`/${path}`);
  });

  test('components render with their titles as text, never as markup', async () => {
    const { page } = await session.open('aanbod/onderdelen/');
    await expect(page.locator('.content-callout__title').nth(1).textContent()).resolves.toBe("<img src=x onerror=alert('title')>");
    await expect(page.locator('.prose img').count()).resolves.toBe(0);
  });

  test('the SVG logo opened on its own runs no script and fetches nothing from other hosts', async () => {
    const { page } = await session.open('logo/logo.svg');
    await expect(page.locator('svg text').first().textContent()).resolves.toBe('Proefdorp');
    // The logo's rect had an onclick handler; a click must not run it.
    await page.locator('svg rect').dispatchEvent('click');
    await expect(page.locator('svg script, svg foreignObject, svg image').count()).resolves.toBe(0);
  });
});
