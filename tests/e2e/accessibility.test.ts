/** WCAG 2.1 A/AA by axe-core on every kind of page of the demo catalogue, and the skip link and focus. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, eventually, searchResultLinks, useBrowserSession, waitForSearchReady } from '../support/browser.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const pages = {
  'the home page': '',
  'the catalogue with its search': 'aanbod/',
  'the catalogue with a search and filters applied': 'aanbod/?q=ouders&aanbod=keuze',
  'an intervention page': 'aanbod/nt2-oekraiense-leerlingen/',
  'a provider page': 'aanbieders/bibliotheek-vechtstreek/',
  'a school page': 'scholen/obs-de-regenboog/',
};

/** Waits until the search island has drawn what the address asks for, so it is checked too. */
async function searchDrawn(page: Page, path: string): Promise<void> {
  if (path === 'aanbod/') await waitForSearchReady(page);
  if (path.includes('?')) await eventually(() => searchResultLinks(page)).not.toEqual([]);
}

describeInBrowser('accessibility of the demo catalogue', () => {
  const session = useBrowserSession('demo');

  for (const [name, path] of Object.entries(pages)) {
    for (const width of [1280, 375]) {
      test(`${name} has no WCAG 2.1 A or AA violations at ${width} px wide`, async () => {
        const { page } = await session.open(path, { width });
        await searchDrawn(page, path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(summary).toEqual([]);
      });
    }
  }

  test('the skip link is the first stop of the keyboard and moves focus to the main content', async () => {
    const { page } = await session.open('aanbieders/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await eventually(() => skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('Inhoud');
  });

  test('whatever has keyboard focus is visibly outlined', async () => {
    const { page } = await session.open('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.width).toBeGreaterThanOrEqual(2);
    expect(outline.style).not.toBe('none');
  });

  for (const [name, path] of Object.entries(pages)) {
    test(`${name} has one h1 and headings that never skip a level`, async () => {
      const { page } = await session.open(path);
      await searchDrawn(page, path);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) =>
        headings.filter((h) => h.getClientRects().length > 0 || h.classList.contains('visually-hidden')).map((h) => Number(h.tagName[1])),
      );
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0), `h${levels[index - 1]} then h${level}`).toBeLessThanOrEqual(1));
    });
  }
});
