/**
 * Pages do not move while they load: the islands take over the server-rendered page in place and
 * the header holds the logo's place. The cumulative layout shift, measured by the browser's own
 * PerformanceObserver from the first paint until everything has loaded, stays under 0.1 (the
 * "good" limit of Core Web Vitals). The logo, the search index and the choices' catalogue arrive
 * late on purpose, as on a slow connection, so what a script or an image adds comes after the
 * first paint on every run.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { STORAGE_KEY } from '../../src/core/choosing/choice-storage.ts';
import { describeInBrowser, useBrowserSession, waitForSearchReady } from '../support/browser.ts';

const GOOD = 0.1;
const SLOW_MS = 500;
const WIDTHS = [320, 1280];

/** Holds back what arrives after the page itself: the logo, Pagefind, the catalogue of /keuzes/. */
async function slowConnection(page: Page): Promise<void> {
  await page.route(/\/(logo\/|pagefind\/|keuzes\/catalogus\.json)/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    await route.continue();
  });
}

/** Sums every layout shift not caused by the visitor's own input, from before the page's first byte. */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { layoutShift: number }).layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { layoutShift: number }).layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Everything requested has arrived, the logo is drawn, and a frame later nothing is still moving. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  await page.waitForTimeout(300);
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);

async function openSlowly(session: ReturnType<typeof useBrowserSession>, width: number, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const { page } = await session.open('', { width });
  await prepare?.(page);
  await slowConnection(page);
  await watchLayoutShift(page);
  return page;
}

describeInBrowser('layout shift while a page loads', () => {
  const session = useBrowserSession('demo');

  for (const [name, query] of [['without a search', ''], ['with a search in the address', '?q=lezen']]) {
    for (const width of WIDTHS) {
      test(`/aanbod/ ${name} at ${width} px shifts less than ${GOOD}`, async () => {
        const page = await openSlowly(session, width);
        await page.goto(`${session.url}aanbod/${query}`);
        await waitForSearchReady(page);
        await settled(page);
        expect(await layoutShift(page)).toBeLessThan(GOOD);
      });
    }
  }

  for (const width of WIDTHS) {
    test(`/keuzes/ with stored choices at ${width} px shifts less than ${GOOD}`, async () => {
      const stored = JSON.stringify({ version: 1, school: { kind: 'existing', id: 'obs-t-hoogland' }, items: [{ intervention: 'voorleesexpress' }] });
      const page = await openSlowly(session, width, (opened) => opened.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: STORAGE_KEY, value: stored }));
      await page.goto(`${session.url}keuzes/`);
      await page.locator('[data-choices]:not([hidden]) [data-items] tr').first().waitFor();
      await settled(page);
      expect(await layoutShift(page)).toBeLessThan(GOOD);
    });
  }

  const otherPages = ['', 'aanbod/voorleesexpress/', 'scholen/obs-de-regenboog/', 'scholen/', 'aanbieders/bibliotheek-vechtstreek/', 'domeinen/taal/'];
  for (const width of WIDTHS) {
    test(`the home page, an intervention (with its choose button), a school, the schools, a provider and a domain at ${width} px each shift less than ${GOOD}`, async () => {
      const shifts: Record<string, number> = {};
      for (const urlPath of otherPages) {
        const page = await openSlowly(session, width);
        await page.goto(`${session.url}${urlPath}`);
        if (urlPath.startsWith('aanbod/')) await page.locator('.choose-button').waitFor();
        await settled(page);
        shifts[`/${urlPath}`] = await layoutShift(page);
      }
      expect(Object.entries(shifts).filter(([, shift]) => shift >= GOOD)).toEqual([]);
    });
  }
});
