/**
 * The project team's reports and the open data of the demo build, read back with a CSV parser and
 * a JSON Schema validator; every figure is worked out by hand from the demo's content files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { readPage } from '../support/built-site.ts';

const dist = inject('demoDist');
const reports = `${dist}-reports`;

/** A report as records keyed by heading, parsed as Dutch Excel reads it. */
const records = (file: string): Record<string, string>[] =>
  parse(readFileSync(path.join(reports, file), 'utf8'), { bom: true, delimiter: ';', columns: true });

describe('the reports of the demo', () => {
  test('scholen.csv has each school budget, what it chose, what is left and its number of choices', () => {
    expect(records('scholen.csv').map((row) => Object.values(row))).toEqual([
      ['CBS De Wilgenhoek', 'po', '540', '16000,00', '10000,00', '6000,00', '5'],
      ["OBS 't Hoogland", 'po', '64', '4100,00', '1851,00', '2249,00', '4'],
      ['OBS De Regenboog', 'po', '312', '10300,00', '9440,00', '860,00', '3'],
      ['Peuterspeelzaal De Kikkerpoel', 'vve', '48', '3700,00', '1900,00', '1800,00', '3'],
      ['SO De Horizon', 'so', '96', '6000,00', '7610,00', '-1610,00', '3'],
      ['Vechtwaarde College', 'vo', '880', '24500,00', '13590,00', '10910,00', '5'],
    ]);
  });

  test('keuzes.csv has one row per school and choice, with quantity, unit, unit price and charge', () => {
    const rows = records('keuzes.csv');
    expect(rows).toHaveLength(23);
    expect(rows.filter((row) => row.School === 'OBS De Regenboog').map((row) => [row.Interventie, row.Aanbieder, row.Domein, row.Aantal, row.Eenheid, row['Prijs per eenheid'], row.Bedrag])).toEqual([
      ['Rots en Water weerbaarheidstraining', 'Stichting Jongerenwerk De Brug', 'Zorg op of via school', '2', 'groep', '1450,00', '2900,00'],
      ['Muziekles in de klas', 'Muziekschool Vechtklank', 'Talentontwikkeling', '3', 'groep', '780,00', '2340,00'],
      ['Zomerschool Vechtwaarde', 'Studiepunt Vechtwaarde', 'Taalondersteuning', '28', 'leerling', '150,00', '4200,00'],
    ]);
    expect(rows[0]!.Opmerking).toBe('Negen leerlingen uit Oekraïne, verdeeld over groep 3 tot en met 8.');
    const totalCents = rows.reduce((sum, row) => sum + Math.round(Number(row.Bedrag!.replace(',', '.')) * 100), 0);
    expect(totalCents).toBe(4_439_100);
  });

  test('aanbieders.csv totals each offer over the schools that chose it and marks the one over capacity', () => {
    const rows = records('aanbieders.csv');
    const row = (title: string) => rows.find((candidate) => candidate.Interventie === title)!;
    expect(row('Rots en Water weerbaarheidstraining')).toMatchObject({
      'Aantal scholen': '3',
      Scholen: 'CBS De Wilgenhoek, OBS De Regenboog, SO De Horizon',
      'Totaal aantal': '5',
      Totaalbedrag: '7250,00',
      'Capaciteit (scholen)': '2',
      'Over capaciteit': 'ja',
    });
    expect(row('Talentenateliers')).toMatchObject({ 'Aantal scholen': '3', 'Totaal aantal': '20', Totaalbedrag: '4500,00', 'Capaciteit (scholen)': '5', 'Over capaciteit': 'nee' });
    expect(row('Taalrijke speelochtend voor ouder en peuter')).toMatchObject({ 'Aantal scholen': '0', Totaalbedrag: '0,00' });
    expect(rows.filter((candidate) => candidate['Over capaciteit'] === 'ja')).toHaveLength(1);
  });

  test('overzicht.html totals the tables and shows what each school spends per domain', () => {
    const page = parseHtml(readFileSync(path.join(reports, 'overzicht.html'), 'utf8'));
    const rowOf = (table: number, first: string) =>
      page.querySelectorAll('table')[table]!.querySelectorAll('tr').map((tr) => tr.querySelectorAll('th, td').map((cell) => cell.text)).find((cells) => cells[0] === first);
    expect(rowOf(0, 'Totaal')).toEqual(['Totaal', '', '1940', '€ 64.600,00', '€ 44.391,00', '€ 20.209,00', '23']);
    expect(rowOf(1, 'School')).toEqual(['School', 'Zorg op of via school', 'Talentontwikkeling', 'Taalondersteuning', 'Totaal']);
    expect(rowOf(1, 'SO De Horizon')).toEqual(['SO De Horizon', '€ 2.900,00', '€ 4.710,00', '€ 0,00', '€ 7.610,00']);
    expect(rowOf(1, 'Totaal')).toEqual(['Totaal', '€ 12.076,00', '€ 15.890,00', '€ 16.425,00', '€ 44.391,00']);
  });

  test('the reports are not published on the site unless site.yaml asks', () => {
    expect(() => statSync(path.join(dist, 'rapportage'))).toThrow();
  });
});

describe('the open data of the demo', () => {
  const json = JSON.parse(readFileSync(path.join(dist, 'aanbod.json'), 'utf8'));
  const schema = JSON.parse(readFileSync(path.join(dist, 'aanbod.schema.json'), 'utf8'));

  test('aanbod.json validates against aanbod.schema.json', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // The schema is not so loose that anything passes: a cost without its unit fails.
    const broken = structuredClone(json);
    delete broken.interventions[0].cost.per;
    expect(validate(broken)).toBe(false);
  });

  test('each intervention has its provider and domain resolved, its cost in euros and its body as plain text', () => {
    expect(json.interventions).toHaveLength(24);
    expect(json.license).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' });
    const nt2 = json.interventions.find((item: { id: string }) => item.id === 'nt2-oekraiense-leerlingen');
    expect(nt2).toMatchObject({ domain: { id: 'taal', label: 'Taalondersteuning' }, provider: { id: 'taalschool-wegwijs', name: 'Taalschool Wegwijs' }, cost: { amountEuros: 450, per: 'pupil' }, offer: 'optional' });
    expect(nt2.body.length).toBeGreaterThan(200);
    expect(nt2.body).not.toMatch(/\*\*|^#/m);
  });

  test('aanbod.csv has a row per intervention with the amount in Dutch decimals', () => {
    const rows: Record<string, string>[] = parse(readFileSync(path.join(dist, 'aanbod.csv'), 'utf8'), { bom: true, delimiter: ';', columns: true });
    expect(rows).toHaveLength(24);
    expect(rows.find((row) => row.id === 'zomerschool')).toMatchObject({ title: 'Zomerschool Vechtwaarde', costAmount: '150,00', costPer: 'pupil', capacity: '4' });
  });

  test('every page footer links the open data and its licence', () => {
    const footer = readPage(dist, '/').document.querySelector('footer')!;
    const links = footer.querySelectorAll('a').map((link) => [link.text.trim(), link.getAttribute('href')]);
    expect(links).toEqual(expect.arrayContaining([['aanbod.json', '/aanbod.json'], ['aanbod.csv', '/aanbod.csv'], ['CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/deed.nl']]));
  });

  test("no file of the site holds a school's contact details", () => {
    const secrets = ['f.elamrani@wilgenhoek.example.nl', 'Fatima el Amrani', '030 765 43 21'];
    const files = (readdirSync(dist, { recursive: true }) as string[]).filter((name) => statSync(path.join(dist, name)).isFile() && !/\.(?:pdf|ttf|woff2?|png|jpe?g|pf_\w+)$/.test(name));
    expect(files.length).toBeGreaterThan(50);
    for (const name of files) {
      const text = readFileSync(path.join(dist, name), 'utf8');
      for (const secret of secrets) expect(text.includes(secret), `${name} holds ${secret}`).toBe(false);
    }
  });
});
