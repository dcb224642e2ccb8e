/**
 * The project team's reports and the open data of the demo build, read back with a CSV parser and
 * a JSON Schema validator; every figure is worked out by hand from the demo's content files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { rawPdfText } from '../brochure/pdf-tools.ts';
import { readPage } from '../support/built-site.ts';
import { projectRoot, TEST_BUILD_DATE } from '../support/run-build.ts';
import { runScript } from '../support/run-script.ts';
import { builtSite } from '../support/fixture-sites.ts';

const dist = await builtSite('demo');
const reports = `${dist}-reports`;

/** A report as records keyed by heading, parsed as Dutch Excel reads it. */
const records = (file: string): Record<string, string>[] =>
  parse(readFileSync(path.join(reports, file), 'utf8'), { bom: true, delimiter: ';', columns: true });

describe('the reports of the demo', () => {
  test('scholen.csv has each school budget, what it chose, what is left and its number of choices', () => {
    expect(records('scholen.csv').map((row) => Object.values(row).slice(0, 7))).toEqual([
      ['CBS De Wilgenhoek', 'po', '540', '16000,00', '10000,00', '6000,00', '5'],
      ["OBS 't Hoogland", 'po', '64', '4100,00', '1851,00', '2249,00', '4'],
      ['OBS De Regenboog', 'po', '312', '10300,00', '9440,00', '860,00', '3'],
      ['Peuterspeelzaal De Kikkerpoel', 'vve', '48', '3700,00', '1900,00', '1800,00', '3'],
      ['SO De Horizon', 'so', '96', '6000,00', '7610,00', '-1610,00', '3'],
      ['Vechtwaarde College', 'vo', '880', '24500,00', '13590,00', '10910,00', '5'],
    ]);
  });

  test('scholen.csv gives what each school spends per menukaart category, each choice under the first it lists, adding up to what it chose', () => {
    const categories = ['Menukaart A', 'Menukaart B', 'Menukaart C', 'Menukaart D', 'Menukaart E', 'Menukaart F', 'Zonder menukaartcategorie'];
    expect(records('scholen.csv').map((row) => [row.School, ...categories.map((heading) => row[heading])])).toEqual([
      // B taalvriendelijke school 1200; C rots en water 1450 + talentenateliers 10 × 225; E nt2 9 × 450 + ouderkamer (E, F) 6 × 175
      ['CBS De Wilgenhoek', '0,00', '1200,00', '3700,00', '0,00', '5100,00', '0,00', '0,00'],
      // A voorleesexpress 3 × 125; C mediawijsheid 64 × 9 + sportinstuif 0 + talentenateliers 4 × 225
      ["OBS 't Hoogland", '375,00', '0,00', '1476,00', '0,00', '0,00', '0,00', '0,00'],
      // A zomerschool (A, F) 28 × 150; C rots en water 2 × 1450; muziekles (no category) 3 × 780
      ['OBS De Regenboog', '4200,00', '0,00', '2900,00', '0,00', '0,00', '0,00', '2340,00'],
      // A voorleesexpress 6 × 125; B boekstart 450; E ouderkamer 4 × 175
      ['Peuterspeelzaal De Kikkerpoel', '750,00', '450,00', '0,00', '0,00', '700,00', '0,00', '0,00'],
      // C rots en water 2 × 1450 + zwemvangnet 24 × 140 + talentenateliers 6 × 225
      ['SO De Horizon', '0,00', '0,00', '7610,00', '0,00', '0,00', '0,00', '0,00'],
      // A huiswerkbegeleiding 3 × 950; C faalangst (C, D) 2 × 1250; E mentor 40 × 45 + nt2 12 × 450; theater (no category) 4 × 260
      ['Vechtwaarde College', '2850,00', '0,00', '2500,00', '0,00', '7200,00', '0,00', '1040,00'],
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
    expect(rowOf(0, 'Totaal')).toEqual(['Totaal', '', '1940', '€ 64.600,00', '€ 44.391,00', '€ 20.209,00', '23', '€ 8.175,00', '€ 1.650,00', '€ 18.186,00', '€ 0,00', '€ 13.000,00', '€ 0,00', '€ 3.380,00']);
    expect(rowOf(0, 'School')?.slice(7)).toEqual(['Menukaart A', 'Menukaart B', 'Menukaart C', 'Menukaart D', 'Menukaart E', 'Menukaart F', 'Zonder menukaartcategorie']);
    expect(page.querySelectorAll('ul.legend li').map((item) => item.text)[2]).toBe('C. Sociaal-emotionele en fysieke ontwikkeling van leerlingen');
    expect(rowOf(1, 'School')).toEqual(['School', 'Zorg op of via school', 'Talentontwikkeling', 'Taalondersteuning', 'Totaal']);
    expect(rowOf(1, 'SO De Horizon')).toEqual(['SO De Horizon', '€ 2.900,00', '€ 4.710,00', '€ 0,00', '€ 7.610,00']);
    expect(rowOf(1, 'Totaal')).toEqual(['Totaal', '€ 12.076,00', '€ 15.890,00', '€ 16.425,00', '€ 44.391,00']);
  });

  test('the reports are not published on the site unless site.yaml asks', () => {
    expect(() => statSync(path.join(dist, 'rapportage'))).toThrow();
  });
});

describe('the order letters of the demo', () => {
  const letters = path.join(reports, 'aanbieders');
  /** A letter's lines as laid out, white space (non-breaking too) collapsed. */
  const lines = (provider: string): string[] =>
    rawPdfText(path.join(letters, `${provider}.pdf`)).split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const text = (provider: string): string => lines(provider).join(' ');

  test('each provider schools chose from gets a letter; the GGD (fixed offer only) and the Kwetternest (chosen by none) get none', () => {
    expect(readdirSync(letters).sort()).toEqual([
      'bibliotheek-vechtstreek.pdf',
      'cjg-vechtwaarde.pdf',
      'jongerenwerk-de-brug.pdf',
      'kunstencentrum-de-lijnbaan.pdf',
      'muziekschool-vechtklank.pdf',
      'sportbedrijf-vechtwaarde.pdf',
      'studiepunt-vechtwaarde.pdf',
      'taalschool-wegwijs.pdf',
      'welzijn-vechtwaarde.pdf',
    ]);
  });

  test("De Brug's letter lists every school's choice with quantity, price, amount and note, the totals and the offer over capacity", () => {
    const letter = lines('jongerenwerk-de-brug');
    expect(letter).toEqual(expect.arrayContaining([
      'Stichting Jongerenwerk De Brug',
      'Aan Stichting Jongerenwerk De Brug · t.a.v. Sanne Visser',
      'Van Projectteam NPO Vechtwaarde · npo@vechtwaarde.example.nl · 030 123 45 67',
      'Datum 1 juni 2026',
      'Mentorprogramma voor brugklassers',
      // 40 pupils at € 45
      'Totaal 40 leerlingen € 1.800,00',
      'Rots en Water weerbaarheidstraining',
      'CBS De Wilgenhoek 1 groep € 1.450,00 € 1.450,00 Eén groep, de combinatieklas 7/8.',
      'OBS De Regenboog 2 groepen € 1.450,00 € 2.900,00 Groep 7 en groep 8, in het najaar.',
      // 1 + 2 + 2 groups at € 1.450
      'Totaal 5 groepen € 7.250,00',
      'Capaciteit: 2 scholen',
      // € 1.800 + € 7.250
      'Totaal van deze bestelling € 9.050,00',
    ]));
    expect(letter.some((line) => line.startsWith('Vechtwaarde College 40 leerlingen € 45,00 € 1.800,00 Brugklassers met een wankele start'))).toBe(true);
    expect(letter.some((line) => line.startsWith('SO De Horizon 2 groepen € 1.450,00 € 2.900,00 Twee middenbouwgroepen'))).toBe(true);
    expect(text('jongerenwerk-de-brug')).toContain('Let op: 3 scholen kozen dit aanbod en er is plek voor 2.');
  });

  test("each letter's total is what its provider's offers cost the schools that chose them", () => {
    const total = (provider: string) => /Totaal van deze bestelling (€ [\d.]+,\d\d)/.exec(text(provider))?.[1];
    expect({
      'bibliotheek-vechtstreek': total('bibliotheek-vechtstreek'), // 64 × 9 + 3 × 125 + 6 × 125 + 450
      'kunstencentrum-de-lijnbaan': total('kunstencentrum-de-lijnbaan'), // (10 + 4 + 6) × 225 + 4 × 260
      'sportbedrijf-vechtwaarde': total('sportbedrijf-vechtwaarde'), // 0 + 24 × 140
      'taalschool-wegwijs': total('taalschool-wegwijs'), // (9 + 12) × 450 + 1200
      'welzijn-vechtwaarde': total('welzijn-vechtwaarde'), // (6 + 4) × 175
    }).toEqual({
      'bibliotheek-vechtstreek': '€ 2.151,00',
      'kunstencentrum-de-lijnbaan': '€ 5.540,00',
      'sportbedrijf-vechtwaarde': '€ 3.360,00',
      'taalschool-wegwijs': '€ 10.650,00',
      'welzijn-vechtwaarde': '€ 1.750,00',
    });
    expect(lines('kunstencentrum-de-lijnbaan')).toContain('Totaal 20 bijeenkomsten € 4.500,00');
  });

  test("a letter gives the schools' contacts the team keeps, says so for a school without one, and the team's contact", () => {
    const welzijn = text('welzijn-vechtwaarde');
    expect(welzijn).toContain('CBS De Wilgenhoek Contactpersoon Fatima el Amrani, intern begeleider E-mail f.elamrani@wilgenhoek.example.nl Telefoon 030 765 43 21');
    expect(welzijn).toContain('Peuterspeelzaal De Kikkerpoel Geen contactpersoon bekend: loopt via het projectteam.');
    expect(welzijn).toContain('Vragen over deze bestelling Contactpersoon Projectteam NPO Vechtwaarde E-mail npo@vechtwaarde.example.nl Telefoon 030 123 45 67');
    // Only the schools that chose from this provider.
    expect(welzijn).not.toContain('Vechtwaarde College');
  });

  test('npm run report writes the same letters byte for byte, and removes a letter for a provider nobody chose from any more', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'order-letters-'));
    try {
      mkdirSync(path.join(dir, 'aanbieders'));
      writeFileSync(path.join(dir, 'aanbieders', 'ggd-vechtstreek.pdf'), 'an old letter');
      const epoch = String(Date.parse(`${TEST_BUILD_DATE}T00:00:00Z`) / 1000);
      const run = runScript('report', ['--content', path.join(projectRoot, 'content'), '--reports-dir', dir], { SOURCE_DATE_EPOCH: epoch });
      expect(run.exitCode, run.stderr).toBe(0);
      expect(readdirSync(path.join(dir, 'aanbieders')).sort()).toEqual(readdirSync(letters).sort());
      for (const name of readdirSync(letters)) expect(readFileSync(path.join(dir, 'aanbieders', name)).equals(readFileSync(path.join(letters, name))), name).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
    // Read as a line: every link apart from the middle dots around it.
    expect(footer.querySelector('.open-data')!.textContent.replace(/\s+/g, ' ').trim()).toMatch(/^Open data: aanbod\.json · aanbod\.csv · schema · Licentie: CC BY 4\.0$/);
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
