/** WCAG 2.1 A/AA by axe-core on every kind of page of the demo catalogue, and the skip link and focus. */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, inject, test } from 'vitest';
import { describeInBrowser, openPage, searchResultLinks, useBrowserSession, waitForSearchReady } from '../support/browser.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describeInBrowser('accessibility of the demo catalogue', () => {
  const session = useBrowserSession(inject('demoDist'));

  const pages = {
    'the home page': '',
    'the catalogue with its search': 'aanbod/',
    'the catalogue with a search and filters applied': 'aanbod/?q=ouders&aanbod=keuze',
    'an intervention page': 'aanbod/nt2-oekraiense-leerlingen/',
    'a provider page': 'aanbieders/bibliotheek-vechtstreek/',
    'a school page': 'scholen/obs-de-regenboog/',
  };

  for (const [name, path] of Object.entries(pages)) {
    for (const width of [1280, 375]) {
      test(`${name} has no WCAG 2.1 A or AA violations at ${width} px wide`, async () => {
        const { page, context, foreignRequests } = await openPage(session.browser, { width });
        await page.goto(`${session.url}${path}`);
        if (path.startsWith('aanbod/') && !path.includes('-')) await waitForSearchReady(page);
        if (path.includes('?')) await expect.poll(() => searchResultLinks(page)).not.toEqual([]);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(summary).toEqual([]);
        expect(foreignRequests).toEqual([]);
        await context.close();
      });
    }
  }

  test('the skip link is the first stop of the keyboard and moves focus to the main content', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${session.url}aanbieders/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhoud');
    await context.close();
  });

  test('whatever has keyboard focus is visibly outlined', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${session.url}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.width).toBeGreaterThanOrEqual(2);
    expect(outline.style).not.toBe('none');
    await context.close();
  });

  test('every page has one h1 and headings that never skip a level', async () => {
    const { page, context } = await openPage(session.browser);
    for (const path of Object.values(pages)) {
      await page.goto(`${session.url}${path}`);
      if (path.includes('?')) await expect.poll(() => searchResultLinks(page)).not.toEqual([]);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) =>
        headings.filter((h) => h.getClientRects().length > 0 || h.classList.contains('visually-hidden')).map((h) => Number(h.tagName[1])),
      );
      expect(levels.filter((level) => level === 1), path).toHaveLength(1);
      levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0), `${path}: h${levels[index - 1]} then h${level}`).toBeLessThanOrEqual(1));
    }
    await context.close();
  });
});
