/**
 * The "Kies dit aanbod" button on an intervention's own page and on its card on /aanbod/ refuses
 * what /keuzes/ refuses, in Chromium, on the demo built as of TEST_BUILD_DATE (1 June 2026): the
 * Zomerschool runs from 20 July 2026, and Rots en Water's 2 places were taken by CBS De
 * Wilgenhoek, OBS De Regenboog and SO De Horizon, so it is full for OBS 't Hoogland and for a
 * visitor who picked no school, but each of those three keeps its own place.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, descriptionOf, eventually, useBrowserSession, waitForSearchReady } from '../support/browser.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const STORAGE_KEY = 'aanbodgids:keuzes';
const FULL = 'Vol: alle 2 plaatsen zijn al door andere scholen gekozen.';
const NOT_YET = 'Niet beschikbaar: te kiezen van 20 juli 2026 tot en met 28 augustus 2026.';

describeInBrowser('the choose button refuses offer that is full or not available, as /keuzes/ does', () => {
  const session = useBrowserSession('demo');

  /** Opens the page with this school picked and these offers chosen, as the visitor's browser keeps them. */
  async function openAs(pathAndQuery: string, school: string | undefined, chosen: string[] = []): Promise<Page> {
    const { page } = await session.open(pathAndQuery);
    const stored = { version: 1, ...(school ? { school: { kind: 'existing', id: school } } : {}), items: chosen.map((intervention) => ({ intervention })) };
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: STORAGE_KEY, value: JSON.stringify(stored) });
    await page.reload();
    return page;
  }

  const chooseButton = (scope: Page | Locator) => scope.getByRole('button', { name: 'Kies dit aanbod', exact: true });

  test("on Rots en Water's page, OBS 't Hoogland finds the button disabled with 'Vol' as its description, and the page has no WCAG 2.1 A or AA violations", async () => {
    const page = await openAs('aanbod/rots-en-water/', 'obs-t-hoogland');
    const button = chooseButton(page);
    await eventually(() => descriptionOf(button)).toBe(FULL);
    expect(await button.isDisabled()).toBe(true);
    expect(await page.locator('.choose-note').innerText()).toBe(FULL);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });

  test('OBS De Regenboog, which holds a place on Rots en Water, can choose it there; a visitor who picked no school cannot', async () => {
    const page = await openAs('aanbod/rots-en-water/', 'obs-de-regenboog');
    const button = chooseButton(page);
    await button.click();
    await eventually(() => page.getByRole('button', { name: 'Verwijder uit mijn keuzes', exact: true }).count()).toBe(1);

    const visitor = await openAs('aanbod/rots-en-water/', undefined);
    await eventually(() => descriptionOf(chooseButton(visitor))).toBe(FULL);
    expect(await chooseButton(visitor).isDisabled()).toBe(true);
  });

  test('the Zomerschool, not available on 1 June 2026, cannot be chosen on its page, not even by OBS De Regenboog, which chose it in the content', async () => {
    const page = await openAs('aanbod/zomerschool/', 'obs-de-regenboog');
    const button = chooseButton(page);
    await eventually(() => descriptionOf(button)).toBe(NOT_YET);
    expect(await button.isDisabled()).toBe(true);
  });

  test('a chosen offer that cannot be chosen now keeps its remove button, with the reason beside it; once removed it cannot be chosen again', async () => {
    const page = await openAs('aanbod/zomerschool/', 'obs-de-regenboog', ['zomerschool']);
    const remove = page.getByRole('button', { name: 'Verwijder uit mijn keuzes', exact: true });
    await eventually(() => descriptionOf(remove)).toBe(NOT_YET);
    expect(await remove.isEnabled()).toBe(true);
    expect(await page.locator('.choose-note').innerText()).toBe(`Dit aanbod staat in uw keuzes. Bekijk mijn keuzes\n${NOT_YET}`);
    await remove.click();
    await eventually(() => chooseButton(page).isDisabled()).toBe(true);
    expect(await descriptionOf(chooseButton(page))).toBe(NOT_YET);
  });

  test("on /aanbod/, Rots en Water's card and its search result are full for OBS 't Hoogland, and the Zomerschool's card is not available", async () => {
    const page = await openAs('aanbod/', 'obs-t-hoogland');
    const card = (title: string) => page.locator('[data-full-list] article', { has: page.getByRole('link', { name: title, exact: true }) });
    await eventually(() => descriptionOf(chooseButton(card('Rots en Water weerbaarheidstraining')))).toBe(FULL);
    expect(await chooseButton(card('Rots en Water weerbaarheidstraining')).isDisabled()).toBe(true);
    expect(await descriptionOf(chooseButton(card('Zomerschool Vechtwaarde')))).toBe(NOT_YET);
    expect(await chooseButton(card('Zomerschool Vechtwaarde')).isDisabled()).toBe(true);
    // An offer with places left on the same list can still be chosen.
    expect(await chooseButton(card('Talentenateliers')).isEnabled()).toBe(true);

    await page.goto(`${session.url}aanbod/?q=weerbaarheid`);
    await waitForSearchReady(page);
    const result = page.locator('[data-search-results] article', { has: page.getByRole('link', { name: 'Rots en Water weerbaarheidstraining' }) });
    await eventually(() => descriptionOf(chooseButton(result))).toBe(FULL);
    expect(await chooseButton(result).isDisabled()).toBe(true);
  });
});
