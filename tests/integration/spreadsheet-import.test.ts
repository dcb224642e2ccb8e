import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, test } from 'vitest';
import { checkFolder } from '../../src/integration/check-content.ts';
import { contentWith } from '../support/content-fixture.ts';
import { minimalContent } from '../support/fixture-sites.ts';
import { runScript } from '../support/run-script.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-sheets-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DESCRIPTION = '## Aanpak\n\nIn groepjes van <8 kinderen, met {spelletjes} en *veel* praten.\n\n- week 1: kennismaken';

/** A provider's spreadsheet, made as Excel would hold it: text amounts, a numeric amount, an empty row, a broken row. */
async function providerWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const aanbod = workbook.addWorksheet('aanbod');
  aanbod.addRow(['Titel', 'Samenvatting', 'Domein', 'Vast of keuze', 'Aanbieder', 'Schooltypen', 'Kosten', 'Per', 'Duur', 'Trefwoorden', 'Beschrijving', 'Interne code']);
  aanbod.addRow(['Taalles voor Oekraïense kinderen', 'Nederlands leren in kleine groepen.', 'Lezen & schrijven', 'keuze', 'Het Leeshuis', 'po, vo', '€ 1.250,00', 'school', '10 weken', 'taal, nt2', DESCRIPTION, 'X-1']);
  aanbod.addRow([]);
  aanbod.addRow(['Schaakclub', 'Denken en winnen.', 'lezen', 'keuze', 'Het Leeshuis', 'po', '12.50', 'leerling', '', '', '', 'X-2']);
  aanbod.addRow(['Dansles', 'Bewegen op muziek.', 'bewegen', 'Keuze', 'Dansschool Pirouette', 'PO', 450, 'groep', '', '', 'Zes lessen.', 'X-3']);
  const scholen = workbook.addWorksheet('scholen');
  scholen.addRow(['Naam', 'Type', 'Leerlingen']);
  scholen.addRow(['OBS Het Anker', 'po', 140]);
  const keuzes = workbook.addWorksheet('keuzes');
  keuzes.addRow(['School', 'Interventie', 'Aantal', 'Opmerking']);
  keuzes.addRow(['OBS Het Anker', 'Dansles', 2, 'groep 5 en 6']);
  await workbook.xlsx.writeFile(file);
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('importing a provider\'s spreadsheet', async () => {
  const sheet = path.join(scratch, 'aanbod.xlsx');
  await providerWorkbook(sheet);
  const before = files(minimalContent);
  /** A fresh copy of the test catalogue with the sheet's good rows imported, so no test depends on another. */
  const imported = () => {
    const dir = contentWith({});
    expect(runScript('import', [sheet, '--content', dir, '--skip-invalid']).exitCode).toBe(0);
    return dir;
  };

  test('a broken row is reported with sheet, row, column and the fix, and nothing is written', () => {
    const contentDir = contentWith({});
    const run = runScript('import', [sheet, '--content', contentDir]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('aanbod, rij 4: Kosten "12.50" is geen bedrag');
    expect(run.stderr).toContain('Schrijf centen met een komma: 12,50.');
    expect(run.stderr).toContain('er is niets geschreven');
    expect(files(contentDir)).toEqual(before);
  });

  test('with --skip-invalid the other rows are written as content files the validator accepts', () => {
    const contentDir = contentWith({});
    const run = runScript('import', [sheet, '--content', contentDir, '--skip-invalid']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toContain('aanbod, rij 4: Kosten "12.50"');
    expect(run.stderr.match(/Interne code/g)).toHaveLength(1);
    expect(files(contentDir).filter((file) => !before.includes(file))).toEqual([
      'interventions/dansles.md',
      'interventions/taalles-voor-oekraiense-kinderen.md',
      'providers/dansschool-pirouette.yaml',
      'schools/obs-het-anker.yaml',
    ]);
    const checked = checkFolder(contentDir);
    expect(checked.problems).toEqual([]);
    const taalles = checked.catalogue!.interventions.find((entry) => entry.id === 'taalles-voor-oekraiense-kinderen')!;
    expect(taalles).toMatchObject({ domain: 'lezen', provider: 'leeshuis', offer: 'optional', schoolTypes: ['po', 'vo'], cost: { amount: 125_000, per: 'school' }, tags: ['taal', 'nt2'] });
    const dansles = checked.catalogue!.interventions.find((entry) => entry.id === 'dansles')!;
    expect(dansles).toMatchObject({ provider: 'dansschool-pirouette', schoolTypes: ['po'], cost: { amount: 45_000, per: 'group' } });
    expect(checked.catalogue!.schools.find((school) => school.id === 'obs-het-anker')!.choices).toEqual([{ intervention: 'dansles', quantity: 2, note: 'groep 5 en 6' }]);
    expect(read(contentDir, 'interventions/taalles-voor-oekraiense-kinderen.md')).toContain('In groepjes van &lt;8 kinderen, met {spelletjes} en *veel* praten.');
  });

  test('an existing entry is never overwritten without --update', () => {
    const contentDir = imported();
    const written = read(contentDir, 'interventions/dansles.md');
    const run = runScript('import', [sheet, '--content', contentDir]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('aanbod, rij 2: Id "taalles-voor-oekraiense-kinderen" bestaat al als interventions/taalles-voor-oekraiense-kinderen.md');
    expect(read(contentDir, 'interventions/dansles.md')).toBe(written);
  });

  test('--update changes only the fields in the sheet and keeps a hand-edited body and comments', async () => {
    const contentDir = imported();
    const file = 'interventions/taalles-voor-oekraiense-kinderen.md';
    const edited = read(contentDir, file).replace('title:', '# met de hand\ntitle:').concat('\nMet de hand toegevoegd.\n');
    writeFileSync(path.join(contentDir, file), edited);
    const update = path.join(scratch, 'update.xlsx');
    const workbook = new ExcelJS.Workbook();
    const aanbod = workbook.addWorksheet('aanbod');
    aanbod.addRow(['Titel', 'Kosten']);
    aanbod.addRow(['Taalles voor Oekraïense kinderen', '1.300']);
    await workbook.xlsx.writeFile(update);

    const dryRun = runScript('import', [update, '--content', contentDir, '--update', '--dry-run']);
    expect(dryRun.stdout).toContain(`bijgewerkt: ${file}`);
    expect(read(contentDir, file)).toBe(edited);

    const run = runScript('import', [update, '--content', contentDir, '--update']);
    expect(run.exitCode, run.stderr).toBe(0);
    const after = read(contentDir, file);
    expect(after).toContain('# met de hand');
    expect(after).toContain('amount: 1300');
    expect(after).toContain('Met de hand toegevoegd.');
    expect(after.replace('amount: 1300', 'amount: 1250')).toBe(edited);
  });

  test('a CSV file written by Dutch Excel (semicolons) is read as the sheet its name says', () => {
    const csv = path.join(scratch, 'aanbieders.csv');
    const contentDir = contentWith({});
    writeFileSync(csv, '\ufeffNaam;Website;E-mail\nBureau Één;https://een.example.nl;info@een.example.nl\n');
    const run = runScript('import', [csv, '--content', contentDir, '--dry-run']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain('nieuw: providers/bureau-een.yaml');
  });
});

test('a quantity of 0 in the keuzes sheet is imported as a choice of 0, and one below 0 is reported with sheet, row and column', async () => {
  const sheet = path.join(scratch, 'nul.xlsx');
  const workbook = new ExcelJS.Workbook();
  const scholen = workbook.addWorksheet('scholen');
  scholen.addRow(['Naam', 'Type', 'Leerlingen']);
  scholen.addRow(['OBS Nul', 'po', 100]);
  scholen.addRow(['OBS Min', 'po', 100]);
  const keuzes = workbook.addWorksheet('keuzes');
  keuzes.addRow(['School', 'Interventie', 'Aantal']);
  keuzes.addRow(['OBS Nul', 'Leesclub', 0]);
  keuzes.addRow(['OBS Min', 'Leesclub', -1]);
  await workbook.xlsx.writeFile(sheet);
  const contentDir = contentWith({});
  const run = runScript('import', [sheet, '--content', contentDir, '--skip-invalid']);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.stderr).not.toContain('rij 2');
  expect(run.stderr).toMatch(/keuzes, rij 3: Aantal -1 moet 0 of meer zijn/);
  const checked = checkFolder(contentDir);
  expect(checked.catalogue!.schools.find((school) => school.id === 'obs-nul')!.choices).toEqual([{ intervention: 'leesclub', quantity: 0 }]);
});

test("the test catalogue, with the team's own extra fields, comes back field for field from its export", () => {
  const linde = readFileSync(path.join(minimalContent, 'schools/de-linde.yaml'), 'utf8');
  const source = contentWith({
    'schools/de-linde.yaml': `${linde.replace('  - intervention: leesclub\n', '  - intervention: leesclub\n    extra: { factuur: F-12 }\n')}extra:\n  dossier: "2026-014"\n  wethouder: true\n`,
  });
  const exported = path.join(scratch, 'minimal.xlsx');
  const exportRun = runScript('export', ['--content', source, '--out', exported]);
  expect(exportRun.exitCode, exportRun.stderr).toBe(0);
  const emptyFolder = path.join(scratch, 'minimal-again');
  mkdirSync(emptyFolder);
  cpSync(path.join(minimalContent, 'site.yaml'), path.join(emptyFolder, 'site.yaml'));
  const run = runScript('import', [exported, '--content', emptyFolder]);
  expect(run.exitCode, run.stderr).toBe(0);
  const withoutFiles = (entries: { file: string }[]) => entries.map(({ file: _file, ...entry }) => entry);
  const original = checkFolder(source).catalogue!;
  expect(original.schools.find((school) => school.id === 'de-linde')).toMatchObject({ extra: { dossier: '2026-014' }, choices: [{ extra: { factuur: 'F-12' } }, {}] });
  const again = checkFolder(emptyFolder).catalogue!;
  for (const kind of ['interventions', 'providers', 'schools'] as const) {
    expect(withoutFiles(again[kind])).toEqual(withoutFiles(original[kind]));
  }
});
