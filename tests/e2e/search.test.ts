/** The search on /aanbod/ of the demo catalogue, driven in Chromium like a visitor would. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { checkContent } from '../../src/integration/check-content.ts';
import type { Catalogue } from '../../src/core/catalogue/catalogue-model.ts';
import { RESULTS_PER_BATCH } from '../../src/core/search/search-batch.ts';
import { describeInBrowser, eventually, searchResultLinks, useBrowserSession, waitForSearchReady } from '../support/browser.ts';
import { projectRoot } from '../support/run-build.ts';

const silent = { info() {}, warn() {}, error() {} };

/** Every result of the current search: draws the further batches with "Meer resultaten tonen" first. */
async function allSearchResultLinks(page: Page): Promise<string[]> {
  // The first batch is drawn just after the status says how many there are.
  await eventually(async () => (await searchResultLinks(page)).length).toBeGreaterThan(0);
  const more = page.getByRole('button', { name: 'Meer resultaten tonen' });
  while (await more.isVisible()) {
    const drawn = (await searchResultLinks(page)).length;
    await more.click();
    await eventually(async () => (await searchResultLinks(page)).length).toBeGreaterThan(drawn);
  }
  return searchResultLinks(page);
}

describeInBrowser('searching the demo catalogue', () => {
  const session = useBrowserSession('demo');
  const open = session.open;
  let catalogue: Catalogue;

  beforeAll(() => {
    const checked = checkContent(path.join(projectRoot, 'content'), silent);
    if (!checked) throw new Error('The demo content does not validate');
    catalogue = checked.catalogue;
  });

  const linksOf = (ids: string[]) => ids.map((id) => `/aanbod/${id}/`).sort();

  test('a search for a word finds the intervention about it', async () => {
    const { page } = await open('aanbod/');
    await waitForSearchReady(page);
    await page.getByLabel('Zoek op trefwoord').fill('zwemmen');
    await eventually(() => searchResultLinks(page)).toContain('/aanbod/zwemvangnet/');
    await eventually(() => new URL(page.url()).search).toBe('?q=zwemmen');
  });

  test('words typed before the search index has loaded are searched once it has, not wiped', async () => {
    const { page } = await open('');
    let releaseIndex = () => {};
    const indexHeld = new Promise<void>((resolve) => (releaseIndex = resolve));
    await page.route('**/pagefind/**', async (route) => {
      await indexHeld;
      await route.continue();
    });
    await page.goto(`${session.url}aanbod/`);
    await page.getByLabel('Zoek op trefwoord').fill('zwemmen');
    await expect(page.locator('[data-search][data-ready]').count()).resolves.toBe(0);
    releaseIndex();
    await eventually(() => searchResultLinks(page)).toContain('/aanbod/zwemvangnet/');
    await expect(page.getByLabel('Zoek op trefwoord').inputValue()).resolves.toBe('zwemmen');
    await eventually(() => new URL(page.url()).search).toBe('?q=zwemmen');
  });

  test('a word typed without its diacritics still finds it: oekraine finds Oekraïne', async () => {
    const { page } = await open('aanbod/?q=oekraine');
    await eventually(() => searchResultLinks(page)).toEqual(['/aanbod/nt2-oekraiense-leerlingen/']);
    await expect(page.locator('[data-search-results] mark').first().textContent()).resolves.toMatch(/oekraïne/i);
  });

  test('opening ?aanbod=keuze&schooltype=vo lists exactly the optional interventions for secondary schools', async () => {
    const expected = catalogue.interventions.filter((i) => i.offer === 'optional' && i.schoolTypes.includes('vo')).map((i) => i.id);
    const { page } = await open('aanbod/?aanbod=keuze&schooltype=vo');
    await eventually(() => searchResultLinks(page)).not.toEqual([]);
    expect((await allSearchResultLinks(page)).sort()).toEqual(linksOf(expected));
    await expect(page.getByRole('status').textContent()).resolves.toBe(`${expected.length} interventies gevonden`);
    await expect(page.getByLabel('Soort aanbod').inputValue()).resolves.toBe('keuze');
  });

  test('each filter narrows the results to interventions that match it', async () => {
    const { page } = await open('aanbod/');
    await waitForSearchReady(page);
    const steps: [label: string, value: string, keep: (i: Catalogue['interventions'][number]) => boolean][] = [
      ['Schooltype', 'po', (i) => i.schoolTypes.includes('po')],
      ['Domein', 'taal', (i) => i.domain === 'taal'],
      ['Soort aanbod', 'keuze', (i) => i.offer === 'optional'],
      ['Aanbieder', 'bibliotheek-vechtstreek', (i) => i.provider === 'bibliotheek-vechtstreek'],
    ];
    let previous = catalogue.interventions.length;
    let matching = catalogue.interventions;
    for (const [label, value, keep] of steps) {
      matching = matching.filter(keep);
      await page.getByLabel(label, { exact: true }).selectOption(value);
      // The status counts every match at once; the list draws them a batch at a time.
      await eventually(() => page.getByRole('status').textContent()).toMatch(new RegExp(`^${matching.length} interventies? gevonden`));
      expect((await allSearchResultLinks(page)).sort()).toEqual(linksOf(matching.map((i) => i.id)));
      expect(matching.length).toBeLessThan(previous);
      previous = matching.length;
    }
    expect(new URL(page.url()).search).toBe('?domein=taal&aanbod=keuze&aanbieder=bibliotheek-vechtstreek&schooltype=po');
  });

  test('a long result list is drawn a batch at a time, the rest with "Meer resultaten tonen"', async () => {
    const expected = catalogue.interventions.filter((i) => i.schoolTypes.includes('po')).map((i) => i.id);
    expect(expected.length).toBeGreaterThan(RESULTS_PER_BATCH);
    const { page } = await open('aanbod/?schooltype=po');
    await eventually(async () => (await searchResultLinks(page)).length).toBe(RESULTS_PER_BATCH);
    await expect(page.getByRole('status').textContent()).resolves.toBe(`${expected.length} interventies gevonden`);
    const more = page.getByRole('button', { name: 'Meer resultaten tonen' });
    await more.focus();
    await page.keyboard.press('Enter');
    await eventually(async () => (await searchResultLinks(page)).length).toBe(Math.min(expected.length, 2 * RESULTS_PER_BATCH));
    expect((await allSearchResultLinks(page)).sort()).toEqual(linksOf(expected));
    await expect(more.isVisible()).resolves.toBe(false);
  });

  test('each filter choice shows how many results picking it gives', async () => {
    const { page } = await open('aanbod/?aanbod=keuze');
    await eventually(() => searchResultLinks(page)).not.toEqual([]);
    const optional = catalogue.interventions.filter((i) => i.offer === 'optional');
    const inTaal = optional.filter((i) => i.domain === 'taal').length;
    const fixed = catalogue.interventions.filter((i) => i.offer === 'fixed').length;
    await expect(page.locator('#zoek-domein option[value="taal"]').textContent()).resolves.toBe(`Taalondersteuning (${inTaal})`);
    // The offer filter's own choices count without the offer filter, so "Vast aanbod" still says what it would give.
    await expect(page.locator('#zoek-aanbod option[value="vast"]').textContent()).resolves.toBe(`Vast aanbod (${fixed})`);
  });

  test('the search round-trips through the URL, and the back button restores the previous search', async () => {
    const { page } = await open('aanbod/?q=ouders&domein=zorg');
    await eventually(() => searchResultLinks(page)).not.toEqual([]);
    await expect(page.getByLabel('Zoek op trefwoord').inputValue()).resolves.toBe('ouders');
    await expect(page.getByLabel('Domein', { exact: true }).inputValue()).resolves.toBe('zorg');
    const zorgResults = await searchResultLinks(page);

    await page.getByLabel('Domein', { exact: true }).selectOption('talent');
    await eventually(() => new URL(page.url()).search).toBe('?q=ouders&domein=talent');
    await eventually(() => searchResultLinks(page)).not.toEqual(zorgResults);

    await page.goBack();
    await eventually(() => new URL(page.url()).search).toBe('?q=ouders&domein=zorg');
    await eventually(() => page.getByLabel('Domein', { exact: true }).inputValue()).toBe('zorg');
    await eventually(() => searchResultLinks(page)).toEqual(zorgResults);
  });

  test('clearing the search brings back the full grouped list', async () => {
    const { page } = await open('aanbod/?q=sport');
    await eventually(() => searchResultLinks(page)).not.toEqual([]);
    await expect(page.locator('[data-full-list]').isHidden()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Wis zoeken en filters' }).click();
    await eventually(() => new URL(page.url()).search).toBe('');
    await eventually(() => page.locator('[data-full-list]').isVisible()).toBe(true);
  });

  test('the search works with the keyboard only', async () => {
    const { page } = await open('aanbod/');
    await waitForSearchReady(page);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    // From the main landmark, tab to the search box and type.
    while (!(await page.evaluate(() => document.activeElement?.id === 'zoek-q'))) await page.keyboard.press('Tab');
    await page.keyboard.type('voorlezen');
    await eventually(() => searchResultLinks(page)).toContain('/aanbod/voorleesexpress/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('zoek-domein');
    await page.keyboard.press('ArrowDown');
    await eventually(() => new URL(page.url()).searchParams.get('domein')).not.toBeNull();
    // On to the first result and follow it.
    const first = (await searchResultLinks(page))[0];
    while (!(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null))) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).pathname).toBe(first);
  });

  test('without JavaScript the page is the full grouped list with working links', async () => {
    const { page } = await open('aanbod/', { javaScript: false });
    await expect(page.locator('[data-search]').isHidden()).resolves.toBe(true);
    const links = await page.locator('[data-full-list] .card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(linksOf(catalogue.interventions.map((i) => i.id)));
  });

  test('the search page loads only what it needs: the page, its CSS and script, the logo, and parts of the index', async () => {
    const before = session.site.requests.length;
    const { page } = await open('aanbod/?q=taal');
    await eventually(() => searchResultLinks(page)).not.toEqual([]);
    const requested = session.site.requests.slice(before);
    expect(requested.every((url) => url.startsWith('/aanbod/') || url.startsWith('/_astro/') || url.startsWith('/pagefind/') || url.startsWith('/logo/') || url === '/favicon.ico' || url === '/favicon.svg')).toBe(true);
  });
});
