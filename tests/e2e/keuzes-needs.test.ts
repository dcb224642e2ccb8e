/**
 * "Past bij uw behoeften" on /keuzes/ in Chromium, on the demo built as of TEST_BUILD_DATE
 * (1 June 2026): the picked school's fitting offer comes before its choices, and an offer that
 * cannot be chosen then is disabled with the reason, which a screen reader hears as the
 * button's description. In the demo the Zomerschool runs from 20 July 2026, and Rots en Water
 * has 2 places, taken by three other schools for OBS 't Hoogland.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, descriptionOf, eventually, useBrowserSession } from '../support/browser.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describeInBrowser('the fitting offer on /keuzes/ in the demo catalogue', () => {
  const session = useBrowserSession('demo');

  async function pickSchool(page: Page, id: string): Promise<Locator> {
    await page.locator('[data-choices]:not([hidden])').waitFor();
    await page.getByLabel('School', { exact: true }).selectOption(id);
    const section = page.getByRole('region', { name: 'Past bij uw behoeften' });
    await section.waitFor();
    return section;
  }

  test('CBS De Wilgenhoek sees the offer for its needs before its choices, and the Zomerschool, not available on 1 June 2026, disabled with the reason as its description', async () => {
    const { page } = await session.open('keuzes/');
    const section = await pickSchool(page, 'cbs-de-wilgenhoek');
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.indexOf('Past bij uw behoeften')).toBeLessThan(headings.indexOf('Gekozen aanbod'));
    expect(await section.innerText()).toContain('Uit de schoolscan: begrijpend lezen en nieuwkomers. Dit keuzeaanbod sluit daarop aan; het hele aanbod staat onder Aanbod.');

    const zomerschool = section.getByRole('button', { name: 'Kies dit aanbod Zomerschool Vechtwaarde', exact: true });
    expect(await zomerschool.isDisabled()).toBe(true);
    expect(await descriptionOf(zomerschool)).toBe('Niet beschikbaar: te kiezen van 20 juli 2026 tot en met 28 augustus 2026.');

    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });

  test('OBS De Regenboog, which chose the Zomerschool, can take it out from the section, and its row says it is not available on 1 June 2026', async () => {
    const { page } = await session.open('keuzes/');
    const section = await pickSchool(page, 'obs-de-regenboog');
    const row = page.locator('[data-item="zomerschool"]');
    await eventually(() => row.locator('.item-unavailable').innerText()).toBe('Niet beschikbaar: te kiezen van 20 juli 2026 tot en met 28 augustus 2026.');
    const remove = section.getByRole('button', { name: 'Verwijder uit mijn keuzes Zomerschool Vechtwaarde', exact: true });
    expect(await remove.isEnabled()).toBe(true);
    await remove.click();
    await eventually(() => row.count()).toBe(0);
    // Taken out, it cannot be chosen again before its window.
    expect(await section.getByRole('button', { name: 'Kies dit aanbod Zomerschool Vechtwaarde', exact: true }).isDisabled()).toBe(true);
  });

  test("OBS 't Hoogland finds Rots en Water full, and chooses an offer that can be had from the section", async () => {
    const { page } = await session.open('keuzes/');
    const section = await pickSchool(page, 'obs-t-hoogland');
    const rotsEnWater = section.getByRole('button', { name: 'Kies dit aanbod Rots en Water weerbaarheidstraining', exact: true });
    expect(await rotsEnWater.isDisabled()).toBe(true);
    expect(await descriptionOf(rotsEnWater)).toBe('Vol: alle 2 plaatsen zijn al door andere scholen gekozen.');

    // Zwemvangnet (bewegen) has places left and is not among the school's registered choices.
    expect(await page.locator('[data-items] th a').allInnerTexts()).not.toContain('Zwemvangnet');
    await section.getByRole('button', { name: 'Kies dit aanbod Zwemvangnet', exact: true }).click();
    await eventually(() => page.locator('[data-items] th a').allInnerTexts()).toContain('Zwemvangnet');
    const remove = section.getByRole('button', { name: 'Verwijder uit mijn keuzes Zwemvangnet', exact: true });
    await eventually(() => remove.count()).toBe(1);
    // The pressed button keeps the keyboard focus while the list is redrawn around it.
    expect(await remove.evaluate((button) => button === document.activeElement)).toBe(true);
  });
});
