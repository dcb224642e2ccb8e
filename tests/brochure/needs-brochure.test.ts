/** The demo's needs, menukaart totals, evidence and availability as a school's built brochure prints them (built as of 2026-06-01). */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { uiStrings } from '../../src/core/strings/ui-strings.ts';
import { pdfText } from './pdf-tools.ts';
import { builtSite } from '../support/fixture-sites.ts';

const brochure = path.join(await builtSite('demo'), 'brochures/obs-de-regenboog.pdf');
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a school brochure', () => {
  const text = flat(pdfText(brochure));

  test('opens with "Past bij uw behoeften" after the contents, before the fixed offer and the menu by domain', () => {
    const needsAt = text.indexOf('Past bij uw behoeften Uit de schoolscan: begrijpend lezen en bewegen.');
    expect(needsAt).toBeGreaterThan(-1);
    expect(needsAt).toBeLessThan(text.indexOf(uiStrings('nl').fixedOfferIntro));
    expect(text.indexOf('Taalvriendelijke school Aanbevolen: De denktank taal')).toBeGreaterThan(needsAt);
    expect(text.indexOf('Zwemvangnet Aanbevolen:')).toBeLessThan(text.indexOf('Huiswerkbegeleiding Sluit aan bij: Begrijpend lezen'));
  });

  test('marks offer outside its window on the build date as not available', () => {
    expect(text).toContain('Zomerschool Vechtwaarde Niet beschikbaar: te kiezen van 20 juli 2026 tot en met 28 augustus 2026.');
  });

  test('totals its charges per menukaart category after the budget, adding up to the total', () => {
    expect(text).toMatch(/Per categorie van de NPO-menukaart .*A\. Meer onderwijs .*\(Zomerschool Vechtwaarde\) € 4\.200,00/);
    expect(text).toContain('(Rots en Water weerbaarheidstraining) € 2.900,00');
    expect(text).toContain('Zonder categorie (Muziekles in de klas) € 2.340,00');
    expect(text).toContain('Totaal gekozen € 9.440,00');
  });

  test('describes an intervention with its recommendation, groups, menukaart, evidence in words, how to apply and checked date', () => {
    // In full, a chosen intervention's title is followed by its chosen label, then its summary.
    const rots = text.slice(text.lastIndexOf('Rots en Water weerbaarheidstraining GEKOZEN'));
    expect(rots).toContain('Een groepstraining');
    expect(rots).toContain('Aanbevolen door de denktank: De denktank zorg koos dit');
    expect(rots).toContain('Groepen groep 5 tot en met 8');
    expect(rots).toContain('NPO-menukaart C. Sociaal-emotionele en fysieke ontwikkeling van leerlingen');
    expect(rots).toContain('Onderbouwing Goed onderbouwd Erkend als goed onderbouwd');
    expect(rots).toContain('Bron: https://www.nji.nl/interventies');
    expect(rots).toContain('Zo meldt u aan De intern begeleider meldt de groep aan');
    expect(rots).toContain('Gecontroleerd op 20 januari 2026');
  });
});
