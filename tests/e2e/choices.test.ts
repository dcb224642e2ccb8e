/**
 * Choosing online in Chromium, on the demo build: a school chooses on intervention pages and in
 * search results, composes its list on /keuzes/, and takes away a brochure and a school file
 * that the real build turns into the same brochure.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Download, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { serializeChoiceList, STORAGE_KEY } from '../../src/core/choosing/choice-storage.ts';
import { pdfText } from '../brochure/pdf-tools.ts';
import { allNodes, structTree } from '../brochure/tagged-tree.ts';
import { describeInBrowser, useBrowserSession, waitForSearchReady } from '../support/browser.ts';
import { projectRoot, runBuild, testBuildsDir } from '../support/run-build.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function bytesOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFileSync(file);
}

/** The document ID in a PDF's trailer (pdf-lib writes it in the uncompressed xref stream dictionary). */
const documentIdOf = (pdf: Buffer): string | undefined => /\/ID \[ <([0-9A-Fa-f]+)>/.exec(pdf.toString('latin1'))?.[1];

describeInBrowser('choosing online in the demo catalogue', () => {
  const session = useBrowserSession('demo');
  const open = session.open;

  const choicesReady = (page: Page) => page.locator('[data-choices]:not([hidden])').waitFor();
  const schoolSelect = (page: Page) => page.getByLabel('School', { exact: true });
  const quantity = (page: Page, title: string) => page.getByRole('spinbutton', { name: title, exact: true });
  /** Chooses the offer on its page, then opens /keuzes/ once it shows the choices. */
  const chosenThenChoicesPage = async (offerPath: string): Promise<Page> => {
    const { page } = await open(offerPath);
    await page.getByRole('button', { name: 'Kies dit aanbod', exact: true }).click();
    await page.goto(`${session.url}keuzes/`);
    await choicesReady(page);
    return page;
  };

  /** Downloads the brochure and the school file the choices page offers. */
  async function takeAway(page: Page): Promise<{ pdf: Buffer; pdfName: string; yaml: { fileName: string; text: string } }> {
    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download brochure (PDF)', exact: true }).click()]);
    const pdf = await bytesOf(pdfDownload);
    const [fileDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download keuzes', exact: true }).click()]);
    return { pdf, pdfName: pdfDownload.suggestedFilename(), yaml: { fileName: fileDownload.suggestedFilename(), text: (await bytesOf(fileDownload)).toString('utf8') } };
  }

  test('a school chooses three items, changes a quantity, finds them back after a reload, and sees going over budget', async () => {
    const { page } = await open('aanbod/voorleesexpress/');
    await page.getByRole('button', { name: 'Kies dit aanbod', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Verwijder uit mijn keuzes', exact: true }).count()).toBe(1);

    // Not Rots en Water, which the school also chose in the content: it is full for a visitor who picked no school.
    await page.goto(`${session.url}aanbod/faalangstreductietraining/`);
    await page.getByRole('button', { name: 'Kies dit aanbod', exact: true }).click();

    // The third one from a search result on /aanbod/.
    await page.goto(`${session.url}aanbod/?q=huiswerkbegeleiding`);
    await waitForSearchReady(page);
    const result = page.locator('[data-search-results] article', { has: page.getByRole('link', { name: 'Huiswerkbegeleiding' }) });
    await result.getByRole('button', { name: 'Kies dit aanbod', exact: true }).click();
    await expect.poll(() => result.getByRole('button', { name: 'Verwijder uit mijn keuzes' }).count()).toBe(1);

    await page.goto(`${session.url}keuzes/`);
    await choicesReady(page);
    await schoolSelect(page).selectOption('obs-de-regenboog');
    // The school has registered choices and the browser holds others: the page asks, and we keep ours.
    await page.getByRole('button', { name: 'Houd alleen mijn keuzes', exact: true }).click();
    expect(await page.locator('input[type="number"]').count()).toBe(3);
    // Per pupil, the quantity starts at the school's 312 pupils, visibly as a question: far over the € 10.300,00 budget.
    await expect.poll(() => quantity(page, 'VoorleesExpress').inputValue()).toBe('312');
    expect(await page.locator('[data-item="voorleesexpress"] .pupils-text').innerText()).toContain('Voor hoeveel leerlingen? Nu geteld: alle 312 leerlingen');
    await expect.poll(() => page.locator('[data-over-alert]').isVisible()).toBe(true);

    await quantity(page, 'VoorleesExpress').fill('20');
    await expect.poll(() => page.locator('[data-total]').textContent()).toBe('€ 4.700,00');
    await expect.poll(() => page.locator('[data-budget-facts]').innerText()).toMatch(/Nog te besteden\s+€ 5\.600,00/);
    expect(await page.locator('[data-over-alert]').isVisible()).toBe(false);
    expect(await page.locator('[data-items]').innerText()).toContain('per leerling');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Totaal' }).textContent()).toContain('€ 4.700,00');

    await page.reload();
    await choicesReady(page);
    expect(await schoolSelect(page).inputValue()).toBe('obs-de-regenboog');
    expect(await quantity(page, 'VoorleesExpress').inputValue()).toBe('20');
    expect(await quantity(page, 'Faalangstreductietraining').inputValue()).toBe('1');
    expect(await quantity(page, 'Huiswerkbegeleiding').inputValue()).toBe('1');

    await quantity(page, 'Faalangstreductietraining').fill('6');
    await expect.poll(() => page.locator('[data-budget-facts]').innerText()).toMatch(/Over het budget\s+€ 650,00/);
    expect(await page.locator('[data-over-alert]').innerText()).toContain('€ 650,00');

    const mail = await page.getByRole('link', { name: 'Mail naar projectteam' }).getAttribute('href');
    expect(mail?.startsWith('mailto:npo@vechtwaarde.example.nl?subject=')).toBe(true);
    expect(decodeURIComponent(mail ?? '')).toContain('- VoorleesExpress: 20 leerlingen, € 2.500,00');

    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const started = Date.now();
    const takenAway = await takeAway(page);
    console.info(`A school brochure and file taken away in Chromium in ${Date.now() - started} ms (${takenAway.pdf.length} bytes of PDF)`);
    expect(takenAway.pdfName).toBe('obs-de-regenboog.pdf');
    const text = pdfText(takenAway.pdf);
    expect(text).toContain('OBS De Regenboog');
    expect(text).toContain('Gekozen: 20 leerlingen, € 2.500,00');
    expect(text).toContain('Gekozen: 6 groepen, € 7.500,00');
    expect(takenAway.yaml.fileName).toBe('obs-de-regenboog.yaml');
    expect(parse(takenAway.yaml.text)).toEqual({
      name: 'OBS De Regenboog',
      type: 'po',
      pupils: 312,
      brin: '14RG',
      board: 'Stichting Openbaar Onderwijs Vechtwaarde',
      needs: ['begrijpend-lezen', 'bewegen'],
      choices: [{ intervention: 'voorleesexpress', quantity: 20 }, { intervention: 'faalangstreductietraining', quantity: 6 }, { intervention: 'huiswerkbegeleiding' }],
    });
  });

  test('a build with the downloaded school file makes a brochure with the same text as the browser', { timeout: 120_000 }, async () => {
    // The choices the scenario above ends with, stored as the page stores them.
    const { page } = await open('keuzes/');
    const items = [{ intervention: 'voorleesexpress', quantity: 20 }, { intervention: 'faalangstreductietraining', quantity: 6 }, { intervention: 'huiswerkbegeleiding' }];
    const stored = serializeChoiceList({ school: { kind: 'existing', id: 'obs-de-regenboog' }, items });
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: STORAGE_KEY, value: stored });
    await page.reload();
    await choicesReady(page);
    await expect.poll(() => quantity(page, 'Faalangstreductietraining').inputValue()).toBe('6');
    const takenAway = await takeAway(page);
    expect(takenAway.yaml.fileName).toBe('obs-de-regenboog.yaml');

    const contentDir = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-keuzes-'));
    const outDir = path.join(testBuildsDir, 'choices-school-file');
    try {
      cpSync(path.join(projectRoot, 'content'), contentDir, { recursive: true });
      writeFileSync(path.join(contentDir, 'schools', takenAway.yaml.fileName), takenAway.yaml.text);
      const run = await runBuild({ contentDir, outDir });
      expect(run.exitCode, run.output).toBe(0);
      const built = readFileSync(path.join(outDir, 'brochures', 'obs-de-regenboog.pdf'));
      expect(pdfText(takenAway.pdf)).toBe(pdfText(built));
    } finally {
      rmSync(contentDir, { recursive: true, force: true });
    }
  });

  test("a school's unchanged choices give the built brochure's text, structure tree and document ID", async () => {
    const { page } = await open('keuzes/');
    const school = parse(readFileSync(path.join(projectRoot, 'content/schools/obs-t-hoogland.yaml'), 'utf8')) as { choices: unknown[] };
    const stored = JSON.stringify({ version: 1, school: { kind: 'existing', id: 'obs-t-hoogland' }, items: school.choices });
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: STORAGE_KEY, value: stored });
    await page.reload();
    await choicesReady(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download brochure (PDF)' }).click()]);
    const browserPdf = await bytesOf(download);
    const builtPdf = readFileSync(path.join(session.dist, 'brochures', 'obs-t-hoogland.pdf'));
    expect(pdfText(browserPdf)).toBe(pdfText(builtPdf));
    const browserTree = structTree(browserPdf);
    expect(allNodes(browserTree).filter((node) => node.role === 'P').length).toBeGreaterThan(20);
    expect(browserTree).toEqual(structTree(builtPdf));
    expect(documentIdOf(browserPdf)).toBeDefined();
    expect(documentIdOf(browserPdf)).toBe(documentIdOf(builtPdf));
  });

  test('offer not meant for the chosen school type cannot be chosen, and says why', async () => {
    const { page } = await open('keuzes/');
    await choicesReady(page);
    await schoolSelect(page).selectOption('obs-de-regenboog');
    await page.goto(`${session.url}aanbod/mentorprogramma-vo/`);
    const button = page.getByRole('button', { name: 'Niet voor primair onderwijs' });
    await expect.poll(() => button.count()).toBe(1);
    expect(await button.isDisabled()).toBe(true);
    expect(await page.locator('.choose-note').innerText()).toContain('Dit aanbod is bedoeld voor voortgezet onderwijs; OBS De Regenboog is primair onderwijs.');
  });

  test('fixed offer has no choose button and says it is fixed offer', async () => {
    const { page } = await open('aanbod/opvoedspreekuur/');
    expect(await page.getByRole('button', { name: 'Kies dit aanbod' }).count()).toBe(0);
    expect(await page.locator('.choose-fixed').innerText()).toContain('Vast aanbod');
  });

  test('an item chosen before the school, but not for its type, is marked with the reason and not charged', async () => {
    const page = await chosenThenChoicesPage('aanbod/mentorprogramma-vo/');
    await schoolSelect(page).selectOption('obs-de-regenboog');
    await page.getByRole('button', { name: 'Houd alleen mijn keuzes', exact: true }).click();
    const row = page.locator('[data-item="mentorprogramma-vo"]');
    await expect.poll(() => row.innerText()).toContain('Niet voor primair onderwijs');
    expect(await row.innerText()).toContain('telt niet mee');
    expect(await page.locator('[data-total]').textContent()).toBe('€ 0,00');
  });

  test('a new school is entered by name, type and pupil count, and starting over clears everything', async () => {
    const page = await chosenThenChoicesPage('aanbod/zwemvangnet/');
    await schoolSelect(page).selectOption('_nieuw');
    await page.getByLabel('Naam').fill('Kindcentrum De Es');
    await page.getByLabel('Soort onderwijs').selectOption('po');
    await page.getByLabel('Aantal leerlingen').fill('100');
    // 100 pupils x € 140,00 against € 2.500,00 + 100 x € 25,00.
    await expect.poll(() => page.locator('[data-total]').textContent()).toBe('€ 14.000,00');
    await expect.poll(() => page.locator('[data-budget]').textContent()).toBe('€ 5.000,00');
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await expect.poll(() => page.locator('input[type="number"]:visible').count()).toBe(0);
    expect(await schoolSelect(page).inputValue()).toBe('');
    await page.reload();
    await choicesReady(page);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
  });

  test('the school list is the only field named School, so it is found by that name alone', async () => {
    const page = await chosenThenChoicesPage('aanbod/zwemvangnet/');
    await expect.poll(() => page.getByRole('combobox', { name: 'School' }).count()).toBe(1);
    const values = await page.getByRole('combobox', { name: 'School' }).locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(values).toEqual(expect.arrayContaining(['cbs-de-wilgenhoek', 'obs-de-regenboog', 'obs-t-hoogland', 'peuterspeelzaal-de-kikkerpoel', 'so-de-horizon', 'vechtwaarde-college']));
  });

  test('a corrupt stored list never breaks the page', async () => {
    const { page } = await open('keuzes/');
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"items":[{"intervention":"zomerschool"},{"intervention":"Bad Id"},42],"school":{"kind":"new"}}'), STORAGE_KEY);
    await page.reload();
    await choicesReady(page);
    expect(await page.locator('input[type="number"]').count()).toBe(1);
    expect(await quantity(page, 'Zomerschool Vechtwaarde').inputValue()).toBe('1');
    await page.evaluate((key) => localStorage.setItem(key, '{not json'), STORAGE_KEY);
    await page.reload();
    await choicesReady(page);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
  });

  test('the choose button is reached and used by keyboard, and the page has no WCAG 2.1 A or AA violations', async () => {
    const { page } = await open('aanbod/talentenateliers/');
    const button = page.getByRole('button', { name: 'Kies dit aanbod', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Verwijder uit mijn keuzes' }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Verwijder uit mijn keuzes');
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('without JavaScript the page explains that choosing needs it and how to send choices otherwise', async () => {
    const { page } = await open('keuzes/', { javaScript: false });
    const text = await page.locator('main').innerText();
    expect(text).toContain('Kiezen op deze pagina werkt met JavaScript');
    expect(text).toContain('npo@vechtwaarde.example.nl');
  });

  test('the intervention page loads a few kilobytes of script and the PDF code only when asked for', async () => {
    const before = session.site.requests.length;
    const { page } = await open('aanbod/rots-en-water/');
    await page.waitForLoadState('networkidle');
    const scripts = session.site.requests.slice(before).filter((request) => request.includes('/_astro/') && request.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((request) => /school-brochure|school-file/.test(request))).toEqual([]);
    await page.goto(`${session.url}keuzes/`);
    await choicesReady(page);
    expect(session.site.requests.slice(before).filter((request) => /school-brochure|catalogue\.json|\.ttf/.test(request))).toEqual([]);
  });
});
