/**
 * The site as a school director uses it, in Chromium on the demo build: "Mijn keuzes" starts
 * from the school's registered choices and hands them back with the changes; every page type
 * fits a phone without sideways scrolling; search results show what browsing shows; /scholen/
 * is an overview with the figures a project team compares.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/integration/check-content.ts';
import { describeInBrowser, eventually, useBrowserSession, waitForSearchReady } from '../support/browser.ts';
import { projectRoot } from '../support/run-build.ts';

const STORAGE_KEY = 'aanbodgids:keuzes';
const regenboog = parse(readFileSync(path.join(projectRoot, 'content/schools/obs-de-regenboog.yaml'), 'utf8')) as {
  choices: { intervention: string; quantity?: number; note?: string }[];
};

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describeInBrowser('the school director on any screen', () => {
  const session = useBrowserSession('demo');
  const open = session.open;
  const choicesReady = (page: Page) => page.locator('[data-choices]:not([hidden])').waitFor();
  const schoolSelect = (page: Page) => page.getByLabel('School', { exact: true });
  const rowStatuses = (page: Page) =>
    page.locator('[data-items] tr').evaluateAll((rows) => rows.map((row) => `${(row as HTMLElement).dataset.item}: ${row.querySelector('.choice-status')?.textContent}`));

  async function withStoredChoices(page: Page, items: object[]): Promise<void> {
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: STORAGE_KEY, value: JSON.stringify({ version: 1, items }) });
    await page.reload();
    await choicesReady(page);
  }

  test("picking a school loads its registered choices with their quantities and notes, and says so", async () => {
    const { page } = await open('keuzes/');
    await choicesReady(page);
    await schoolSelect(page).selectOption('obs-de-regenboog');
    await eventually(() => page.locator('[data-school-status]').textContent()).toBe(
      'De 3 geregistreerde keuzes van OBS De Regenboog zijn geladen, met aantallen en opmerkingen.',
    );
    expect(await rowStatuses(page)).toEqual(regenboog.choices.map((choice) => `${choice.intervention}: Geregistreerd bij het projectteam`));
    expect(await page.getByRole('spinbutton', { name: 'Zomerschool Vechtwaarde', exact: true }).inputValue()).toBe('28');
    expect(await page.getByLabel('Opmerking Zomerschool Vechtwaarde').inputValue()).toBe(regenboog.choices[2]?.note);
    // 28 pupils, not the whole school's 312: within the budget.
    expect(await page.locator('[data-over-alert]').isVisible()).toBe(false);
  });

  test('with other choices in the browser the page asks, and adding keeps both, marking what is new', async () => {
    const { page } = await open('keuzes/');
    await withStoredChoices(page, [{ intervention: 'huiswerkbegeleiding' }]);
    await schoolSelect(page).selectOption('obs-de-regenboog');
    const question = page.locator('[data-load-question]');
    await eventually(() => question.isVisible()).toBe(true);
    expect(await question.innerText()).toContain('OBS De Regenboog heeft 3 geregistreerde keuzes bij het projectteam');
    await page.getByRole('button', { name: 'Voeg ze toe aan mijn keuzes', exact: true }).click();
    await eventually(() => rowStatuses(page)).toEqual([
      'huiswerkbegeleiding: Nieuw, nog niet doorgegeven',
      ...regenboog.choices.map((choice) => `${choice.intervention}: Geregistreerd bij het projectteam`),
    ]);
    expect(await question.isVisible()).toBe(false);
    expect(await page.locator('[data-school-status]').textContent()).toBe('De geregistreerde keuzes zijn toegevoegd aan uw keuzes.');
  });

  test('a per-pupil offer asks for the number of pupils, with the school count as its visible default', async () => {
    const { page } = await open('keuzes/');
    await withStoredChoices(page, [{ intervention: 'zomerschool' }]);
    await schoolSelect(page).selectOption('obs-t-hoogland');
    await page.getByRole('button', { name: 'Houd alleen mijn keuzes', exact: true }).click();
    const field = page.getByRole('spinbutton', { name: 'Zomerschool Vechtwaarde', exact: true });
    await eventually(() => field.inputValue()).toBe('64');
    const hint = page.locator('[data-item="zomerschool"] .pupils-text');
    expect(await hint.innerText()).toBe('Voor hoeveel leerlingen? Nu geteld: alle 64 leerlingen van de school. Vul het aantal in als het om minder leerlingen gaat.');
    expect(await field.getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
    await field.fill('12');
    await eventually(() => hint.innerText()).toBe('Uw school heeft 64 leerlingen.');
  });

  test('notes survive the download: the file holds the registered choices, their notes and the changes, and the build reads them back', async () => {
    const { page } = await open('keuzes/');
    await choicesReady(page);
    await schoolSelect(page).selectOption('obs-de-regenboog');
    await eventually(() => page.locator('[data-items] tr').count()).toBe(3);
    await page.getByLabel('Opmerking Muziekles in de klas').fill('Groep 3, 4 en 5, na de kerstvakantie.');
    await eventually(() => rowStatuses(page)).toContain('muziekles-in-de-klas: Gewijzigd, nog niet doorgegeven');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download keuzes', exact: true }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const expected = regenboog.choices.map((choice) =>
      choice.intervention === 'muziekles-in-de-klas' ? { ...choice, note: 'Groep 3, 4 en 5, na de kerstvakantie.' } : choice,
    );
    expect(parse(text).choices).toEqual(expected);

    const contentDir = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-notes-'));
    copies.push(contentDir);
    cpSync(path.join(projectRoot, 'content'), contentDir, { recursive: true });
    writeFileSync(path.join(contentDir, 'schools', download.suggestedFilename()), text);
    const checked = checkContent(contentDir, { info: () => {}, warn: () => {}, error: () => {} });
    const school = checked?.catalogue.schools.find((candidate) => candidate.id === 'obs-de-regenboog');
    expect(school?.choices.map(({ intervention, quantity, note }) => ({ intervention, ...(quantity ? { quantity } : {}), ...(note ? { note } : {}) }))).toEqual(expected);
  });

  test('a message about the list as it was clears when the school changes', async () => {
    const { page } = await open('keuzes/');
    await withStoredChoices(page, [{ intervention: 'huiswerkbegeleiding' }]);
    await page.getByRole('button', { name: 'Download keuzes', exact: true }).click();
    const status = page.locator('[data-action-status]');
    await eventually(() => status.textContent()).toContain('Kies eerst uw school');
    await schoolSelect(page).selectOption('vechtwaarde-college');
    await eventually(() => status.textContent()).toBe('');
  });

  const pageTypes = [
    'aanbod/', 'aanbod/?q=ontbijt', 'aanbod/zomerschool/', 'aanbieders/', 'aanbieders/cjg-vechtwaarde/', 'domeinen/zorg/',
    'scholen/', 'scholen/op/over/', 'scholen/so-de-horizon/', 'keuzes/', '', '404.html',
  ];
  for (const width of [320, 375]) {
    test(`every page type fits ${width} pixels without sideways scrolling`, async () => {
      const { page } = await open('keuzes/', { width, height: 800 });
      // Mijn keuzes with a long table: two choices of the browser's own and the school's three registered ones.
      await withStoredChoices(page, [{ intervention: 'zomerschool', note: 'Groep 8' }, { intervention: 'huiswerkbegeleiding' }]);
      await schoolSelect(page).selectOption('obs-de-regenboog');
      await page.getByRole('button', { name: 'Voeg ze toe aan mijn keuzes', exact: true }).click();
      const tooWide: string[] = [];
      for (const pageType of pageTypes) {
        await page.goto(`${session.url}${pageType}`, { waitUntil: 'load' });
        if (pageType.includes('?q=')) await waitForSearchReady(page);
        if (pageType === 'keuzes/') await eventually(() => page.locator('[data-items] tr').count()).toBe(4);
        await page.waitForLoadState('networkidle');
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        if (scrollWidth > innerWidth) tooWide.push(`/${pageType}: ${scrollWidth}px`);
      }
      expect(tooWide).toEqual([]);
    });
  }

  test('on a phone the amount of every chosen offer and the total stay in view', async () => {
    const { page } = await open('scholen/so-de-horizon/', { width: 320, height: 800 });
    const cells = page.locator('.budget-table [data-label="Bedrag"], .budget-table [data-total]');
    expect(await cells.count()).toBeGreaterThan(1);
    for (const box of await cells.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(320);
  });

  test('a search result shows the summary with the word marked, provider, cost and school types as browsing does', async () => {
    const { page } = await open('aanbod/?q=zomerschool');
    await waitForSearchReady(page);
    const card = page.locator('[data-search-results] article', { has: page.getByRole('link', { name: 'Zomerschool Vechtwaarde' }) });
    await eventually(() => card.count()).toBe(1);
    const text = await card.innerText();
    expect(text).toContain('Twee weken zomerschool met taal en rekenen');
    expect(await card.locator('.card-summary mark').first().textContent()).toBe('zomerschool');
    // The colon after each label is drawn by CSS, so it is not part of innerText.
    expect(text).toMatch(/Aanbieder\s+Studiepunt Vechtwaarde\s+Kosten\s+€ 150,00 per leerling\s+Voor\s+Primair onderwijs en voortgezet onderwijs/);
    // The word is in the summary, so no fragment of the body is shown.
    expect(await card.locator('.card-excerpt').count()).toBe(0);
  });

  test('a word found only in the body shows an excerpt between ellipses below the summary', async () => {
    const { page } = await open('aanbod/?q=ontbijt');
    await waitForSearchReady(page);
    const card = page.locator('[data-search-results] article', { has: page.getByRole('link', { name: 'Zomerschool Vechtwaarde' }) });
    await eventually(() => card.locator('.card-excerpt').count()).toBe(1);
    expect(await card.locator('.card-summary').innerText()).toContain('Twee weken zomerschool');
    expect(await card.locator('.card-excerpt').innerText()).toMatch(/^… .*Ontbijt.* …$/);
  });

  test('the schools overview shows each school’s figures, flags going over the budget, and sorts by links', async () => {
    const { page } = await open('scholen/');
    const horizon = page.locator('tr[data-school="so-de-horizon"]');
    const cells = await horizon.locator('td').allInnerTexts();
    expect(cells.slice(0, 5).map((cell) => cell.replace(/\s+/g, ' ').trim())).toEqual(['Speciaal onderwijs', '96', '€ 6.000,00', '€ 7.610,00', '⚠ € 1.610,00 te veel']);
    expect(await horizon.locator('[data-left] .flag-over').count()).toBe(1);
    expect(await horizon.locator('[data-choices]').innerText()).toContain('1 overvol');
    await page.getByRole('link', { name: 'Sorteer op Nog te besteden' }).click();
    await page.waitForURL(/scholen\/op\/over\/$/);
    expect(await page.locator('tbody tr').first().getAttribute('data-school')).toBe('so-de-horizon');
    expect(await page.locator('th[aria-sort]').innerText()).toContain('Nog te besteden');
  });

  test('a school page flags a chosen offer that is over capacity', async () => {
    const { page } = await open('scholen/obs-de-regenboog/');
    const row = page.locator('.budget-table tbody tr', { has: page.getByRole('link', { name: 'Rots en Water weerbaarheidstraining' }) });
    expect(await row.locator('.flag-over').innerText()).toContain('Overvol: 3 scholen kozen dit, er is plaats voor 2.');
  });

  test('every page has an icon, and long Dutch words hyphenate instead of breaking mid-letter', async () => {
    const { page } = await open('aanbod/rots-en-water/', { width: 320 });
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const response = await page.request.get(new URL(icon ?? '', page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    expect(await page.evaluate(() => [document.documentElement.lang, getComputedStyle(document.querySelector('main h1')!).hyphens])).toEqual(['nl', 'auto']);
  });
});
