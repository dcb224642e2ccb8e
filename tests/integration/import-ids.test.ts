/**
 * An import writes only files the build accepts, and only inside the content folder: every id is
 * checked by the build's own file-name rule and every target path against the content folder
 * before anything is written; one problem and nothing at all is written.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readPage } from '../support/built-site.ts';
import { contentWith } from '../support/content-fixture.ts';
import { minimalContent } from '../support/fixture-sites.ts';
import { runBuild } from '../support/run-build.ts';
import { runScript } from '../support/run-script.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-import-ids-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
let count = 0;

/** A project folder with the test catalogue in content/ and a file beside it that an import must never touch. */
function project(): { contentDir: string; victim: string } {
  const root = path.join(scratch, `project-${++count}`);
  const contentDir = path.join(root, 'werk', 'content');
  cpSync(minimalContent, contentDir, { recursive: true });
  const victim = path.join(root, 'victim.yaml');
  writeFileSync(victim, 'bewaren: ja\n');
  return { contentDir, victim };
}

/** A sheet as Dutch Excel saves it as CSV; its file name says which sheet it is. */
function sheet(name: 'aanbieders' | 'aanbod', rows: string[][]): string {
  const dir = mkdtempSync(path.join(scratch, 'sheet-'));
  const file = path.join(dir, `${name}.csv`);
  writeFileSync(file, `\ufeff${rows.map((cells) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(';')).join('\r\n')}\r\n`);
  return file;
}

const AANBOD_HEADER = ['Id', 'Titel', 'Samenvatting', 'Domein', 'Vast of keuze', 'Aanbieder', 'Schooltypen', 'Kosten', 'Per'];
const aanbodRow = (id: string) => [id, 'Schaakclub', 'Denken en winnen.', 'lezen', 'keuze', 'Het Leeshuis', 'po', '12,50', 'leerling'];

describe('an Id that climbs out of the content folder', () => {
  test.each([
    ['aanbieders', [['Id', 'Naam'], ['../../victim', 'Slachtoffer']]],
    ['aanbod', [AANBOD_HEADER, aanbodRow('../../victim')]],
  ] as const)('in the %s sheet: exit 1, the Dutch problem names sheet, row, column and value, and nothing is written', (name, rows) => {
    const { contentDir, victim } = project();
    const before = files(path.dirname(path.dirname(contentDir)));
    const run = runScript('import', [sheet(name, rows as unknown as string[][]), '--content', contentDir]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(`${name}, rij 2: Id "../../victim" heeft een bestandsnaam die geen geldige id is`);
    expect(run.stdout).not.toContain('nieuw');
    expect(readFileSync(victim, 'utf8')).toBe('bewaren: ja\n');
    expect(files(path.dirname(path.dirname(contentDir)))).toEqual(before);
  });
});

describe('an Id the build would refuse', () => {
  test.each([
    ['a zero-width space', 'lees\u200bhuis-twee'],
    ['a Cyrillic look-alike', 'l\u0435eshuis-twee'],
    ['capitals', 'Leeshuis-Twee'],
    ['a dot', 'lees.huis'],
    ['a slash', 'sub/map'],
  ])('with %s is a problem naming it, and nothing is written, not even the good rows', (_, id) => {
    const contentDir = contentWith({});
    const before = files(contentDir);
    const run = runScript('import', [sheet('aanbieders', [['Id', 'Naam'], ['goed-bureau', 'Goed Bureau'], [id, 'Tweede Leeshuis']]), '--content', contentDir]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(`aanbieders, rij 3: Id ${JSON.stringify(id)} heeft een bestandsnaam die geen geldige id is`);
    expect(run.stderr).toContain('er is niets geschreven');
    expect(files(contentDir)).toEqual(before);
  });

  test('a valid Id is still imported as written', () => {
    const contentDir = contentWith({});
    const run = runScript('import', [sheet('aanbieders', [['Id', 'Naam'], ['tweede-leeshuis', 'Tweede Leeshuis']]), '--content', contentDir]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain('nieuw: providers/tweede-leeshuis.yaml');
  });
});

test('a folder of the content that links outside it is refused as a target, and nothing is written there', () => {
  const { contentDir } = project();
  const elsewhere = mkdtempSync(path.join(scratch, 'elders-'));
  cpSync(path.join(contentDir, 'providers'), elsewhere, { recursive: true });
  rmSync(path.join(contentDir, 'providers'), { recursive: true });
  symlinkSync(elsewhere, path.join(contentDir, 'providers'));
  const before = files(elsewhere);
  const run = runScript('import', [sheet('aanbieders', [['Id', 'Naam'], ['nieuw-bureau', 'Nieuw Bureau']]), '--content', contentDir]);
  expect(run.exitCode).toBe(1);
  expect(run.stderr).toContain('buiten de inhoudsmap');
  expect(files(elsewhere)).toEqual(before);
  expect(existsSync(path.join(elsewhere, 'nieuw-bureau.yaml'))).toBe(false);
});

test("a provider description with a reference-style javascript: link, imported from a spreadsheet, is harmless in the built site", async () => {
  const contentDir = contentWith({});
  const description = 'Lezen met plezier. Meer op [onze site][s].\n\n[s]: javascript:alert(document.domain)';
  const run = runScript('import', [sheet('aanbieders', [['Naam', 'Beschrijving'], ['Bureau Kwaad', description]]), '--content', contentDir]);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(readFileSync(path.join(contentDir, 'providers/bureau-kwaad.yaml'), 'utf8')).toContain('javascript:alert');
  const outDir = path.join(scratch, 'site');
  mkdirSync(outDir);
  const build = await runBuild({ contentDir, outDir });
  expect(build.exitCode, build.output).toBe(0);
  const page = readPage(outDir, 'aanbieders/bureau-kwaad/');
  expect(page.text('main')).toContain('onze site');
  expect(page.document.querySelectorAll('[href], [src]').filter((element) => /javascript:/i.test(`${element.getAttribute('href')}${element.getAttribute('src')}`))).toEqual([]);
}, 180_000);
