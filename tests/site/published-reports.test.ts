/**
 * site.yaml `reports: {publish: true}` puts the team's reports on the site under /rapportage/.
 * The hostile fixture asks for it and carries a school contact, a needsNote and `extra` maps on
 * every kind of entry, so this checks that the published reports are the team's figures and
 * carry none of those. Figures worked out by hand from tests/fixtures/hostile.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../support/fixture-sites.ts';

const dist = await builtSite('hostile');
const published = path.join(dist, 'rapportage');
const teamReports = `${dist}-reports`;

const records = (file: string): Record<string, string>[] => parse(readFileSync(path.join(published, file), 'utf8'), { bom: true, delimiter: ';', columns: true });

describe('reports published on the site', () => {
  test('appear under /rapportage/ as the team gets them in reports/, without the order letters', () => {
    expect(readdirSync(published).sort()).toEqual(['aanbieders.csv', 'keuzes.csv', 'overzicht.html', 'scholen.csv']);
    for (const name of readdirSync(published)) expect(readFileSync(path.join(published, name)).equals(readFileSync(path.join(teamReports, name))), name).toBe(true);
    // The team's copy has the letter, which holds the school's contact; the site has none.
    expect(existsSync(path.join(teamReports, 'aanbieders', 'leeshuis.pdf'))).toBe(true);
  });

  test("scholen.csv and keuzes.csv give De Linde's budget, charges and what is left", () => {
    // 20 pupils at € 10 for html-in-markdown, onderdelen without a cost; budget € 5.000.
    expect(records('scholen.csv')).toEqual([
      expect.objectContaining({ School: 'Basisschool De Linde', Type: 'po', Leerlingen: '200', Budget: '5000,00', Gekozen: '200,00', 'Nog te besteden (negatief: te veel)': '4800,00', 'Aantal keuzes': '2', 'Menukaart A': '0,00', 'Zonder menukaartcategorie': '200,00' }),
    ]);
    expect(records('keuzes.csv').map((row) => [row.Interventie, row.Aantal, row['Prijs per eenheid'], row.Bedrag])).toEqual([
      ['HTML in Markdown', '20', '10,00', '200,00'],
      ['Onderdelen in MDX', '1', '0,00', '0,00'],
    ]);
  });

  test('overzicht.html shows the same figures as the CSV', () => {
    const page = parseHtml(readFileSync(path.join(published, 'overzicht.html'), 'utf8'));
    const schools = page.querySelector('table')!.querySelectorAll('tbody tr').map((row) => row.querySelectorAll('td').map((cell) => cell.text));
    expect(schools).toEqual([expect.arrayContaining(['Basisschool De Linde', 'po', '200', '€ 5.000,00', '€ 200,00', '€ 4.800,00', '2'])]);
  });

  test("hold no school contact, needsNote or extra field of any entry", () => {
    for (const name of readdirSync(published)) {
      const text = readFileSync(path.join(published, name), 'utf8');
      expect(text, name).not.toMatch(/INTERN-|intern-contact@de-linde|06 INTERN/);
    }
  });
});
