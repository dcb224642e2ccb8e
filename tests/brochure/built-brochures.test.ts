/** The brochures `npm run build` wrote for the demo and the small test catalogue, read as a reader would. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { embeddedFonts, inkedCharacters, inkOnPage, pdfText, wordBoxes } from './pdf-tools.ts';
import { builtSite } from '../support/fixture-sites.ts';

const demo = await builtSite('demo');
const minimal = await builtSite('minimal');
const brochure = (dist: string, school: string) => path.join(dist, 'brochures', `${school}.pdf`);
/** The PDFs in brochures/ (the folder also holds the data and fonts the browser makes brochures from). */
const pdfsIn = (dist: string) => readdirSync(path.join(dist, 'brochures')).filter((file) => file.endsWith('.pdf'));

describe('which brochures are built', () => {
  test('every school has a brochure and the whole catalogue has one', () => {
    const schools = readdirSync(path.join(import.meta.dirname, '../../content/schools')).map((file) => file.replace(/\.yaml$/, '.pdf'));
    expect(pdfsIn(demo).sort()).toEqual(schools.sort());
    expect(existsSync(path.join(demo, 'aanbod.pdf'))).toBe(true);
    expect(existsSync(path.join(minimal, 'aanbod.pdf'))).toBe(true);
  });

  test('school brochures stay under 100 KB, fonts, logo and structure tree included', () => {
    for (const file of pdfsIn(demo)) {
      expect(readFileSync(path.join(demo, 'brochures', file)).length).toBeLessThan(100_000);
    }
  });
});

describe("a school's brochure", () => {
  const horizon = pdfText(brochure(demo, 'so-de-horizon'));
  const baken = pdfText(brochure(minimal, 'het-baken'));

  test('holds the interventions for its school type and none of the others', () => {
    expect(horizon).toContain('Rots en Water weerbaarheidstraining');
    expect(horizon).toContain('Jeugdgezondheidszorg op school');
    expect(horizon).not.toContain('NT2-ondersteuning voor Oekraïense leerlingen'); // po and vo only
    expect(baken).toContain('Gezonde school');
    expect(baken).toContain('Zwemles voor nieuwkomers');
    expect(baken).not.toContain('Voorleesuur'); // po only
    expect(baken).not.toContain('Schoolpleinsport');
  });

  test('sets the choices against the budget and says plainly when they go over it', () => {
    expect(horizon).toMatch(/Totaal gekozen € 7\.610,00/);
    expect(horizon).toMatch(/Budget € 6\.000,00/);
    expect(horizon).toMatch(/Over het budget € 1\.610,00/);
    expect(horizon).toContain('Let op: de keuzes gaan € 1.610,00 over het budget.');
    expect(baken).toMatch(/Totaal gekozen € 2\.175,00/);
    expect(baken).toMatch(/Budget € 2\.000,00/);
    expect(baken).toContain('Let op: de keuzes gaan € 175,00 over het budget.');
  });

  test('marks the school\'s own choices in its menu', () => {
    expect(horizon).toContain('Gekozen: 2 groepen, € 2.900,00');
    expect(baken).toContain('Gekozen: 30 leerlingen, € 375,00');
  });

  test('prints content text as written, markup included, never as code', () => {
    expect(baken).toContain('Het Baken <b>College</b>');
  });

  test('names its web page as the accessible version, under the base path', () => {
    expect(baken).toContain('/npo-aanbod/scholen/het-baken/');
    expect(horizon).toContain('op de website van Gemeente Vechtwaarde, op de pagina /scholen/so-de-horizon/');
  });

  test('numbers its pages and lists them in the contents', () => {
    const pages = Number(/pagina 2 van (\d+)/.exec(horizon)?.[1]);
    expect(pages).toBeGreaterThan(5);
    expect(horizon).toContain(`pagina ${pages} van ${pages}`);
    // In het kort first; a school with needs from its scan then opens with the offer that fits them, then the fixed offer.
    expect(horizon).toMatch(/Inhoud In het kort 2 Past bij uw behoeften \d+ Vast aanbod \d+/);
  });

  test('keeps Cyrillic text intact', () => {
    expect(pdfText(brochure(demo, 'cbs-de-wilgenhoek'))).toContain('Ласкаво просимо');
    expect(pdfText(path.join(demo, 'aanbod.pdf'))).toContain('Привіт betekent hallo');
  });

  test('renders its body tables as text', () => {
    expect(baken).toMatch(/Week Onderwerp 1 Kennismaken 2 Voorlezen/);
  });
});

describe('the quality of the document', () => {
  test('draws every word inside the page, within the margins', () => {
    for (const file of [brochure(demo, 'so-de-horizon'), path.join(demo, 'aanbod.pdf'), brochure(minimal, 'het-baken')]) {
      const boxes = wordBoxes(file);
      expect(boxes.length).toBeGreaterThan(100);
      for (const box of boxes) {
        expect(box.xMin, `${box.word} on page ${box.page}`).toBeGreaterThanOrEqual(40);
        expect(box.xMax, `${box.word} on page ${box.page}`).toBeLessThanOrEqual(box.pageWidth - 40);
        expect(box.yMin, `${box.word} on page ${box.page}`).toBeGreaterThanOrEqual(20);
        expect(box.yMax, `${box.word} on page ${box.page}`).toBeLessThanOrEqual(box.pageHeight - 20);
      }
    }
  });

  test('text has ink: the embedded font draws visible glyphs', () => {
    const file = brochure(demo, 'so-de-horizon');
    expect(inkOnPage(file, 1)).toBeGreaterThan(0.002);
    // Page 3: the introduction, a page of running text.
    expect(inkOnPage(file, 3)).toBeGreaterThan(0.01);
  });

  test('embeds the outline of every character it holds, Cyrillic included, and only of those', async () => {
    for (const file of [brochure(demo, 'cbs-de-wilgenhoek'), brochure(demo, 'so-de-horizon'), path.join(demo, 'aanbod.pdf')]) {
      const fonts = [...(await embeddedFonts(file)).values()].map(inkedCharacters);
      const characters = new Set(pdfText(file).replace(/\s/g, ''));
      expect([...characters].filter((char) => !fonts.some((inked) => inked.has(char))), file).toEqual([]);
      // A brochure without Cyrillic text carries no Cyrillic outlines.
      const cyrillicInked = fonts.some((inked) => [...inked].some((char) => /[\u0400-\u04ff]/.test(char)));
      expect(cyrillicInked, file).toBe([...characters].some((char) => /[\u0400-\u04ff]/.test(char)));
    }
  });

  test('carries title, author, language and an outline of sections and interventions', async () => {
    const doc = await PDFDocument.load(readFileSync(brochure(demo, 'so-de-horizon')), { updateMetadata: false });
    expect(doc.getTitle()).toBe('NPO-aanbod 2025-2026 · SO De Horizon');
    expect(doc.getAuthor()).toBe('Gemeente Vechtwaarde');
    expect((doc.catalog.lookup(PDFName.of('Lang')) as PDFString).decodeText()).toBe('nl');
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const titles: string[] = [];
    const walk = (first: unknown) => {
      for (let item = first as PDFDict | undefined; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        titles.push(item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText());
        walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
      }
    };
    walk(outlines.lookupMaybe(PDFName.of('First'), PDFDict));
    expect(titles).toEqual(expect.arrayContaining(['Vast aanbod', 'Keuzeaanbod', 'Keuzes en budget', 'Aanbieders', 'Rots en Water weerbaarheidstraining']));
  });
});
