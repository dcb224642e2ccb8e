/**
 * Every CSV the project writes is safe to open in a spreadsheet: the hostile fixture has a
 * provider name, a school's note and durations that start like formulas (`=`, `+`, `-`, `@`).
 * The build writes the open data, the published reports and the team's reports; `npm run report`
 * writes them again in the other CSV dialect. No text cell in any of them may start a formula.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, expect, test } from 'vitest';
import { builtSite, hostileContent } from '../support/fixture-sites.ts';
import { runScript } from '../support/run-script.ts';

const dist = await builtSite('hostile');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-csv-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const csvFilesIn = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.csv')).map((file) => path.join(dir, file));
const cellsOf = (file: string, delimiter: string): string[] => (parse(readFileSync(file), { bom: true, delimiter }) as string[][]).flat();

const STARTS_A_FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+([.,]\d+)?$/;

function expectNoFormulas(files: string[], delimiter: string): string[] {
  const cells = files.flatMap((file) => cellsOf(file, delimiter).map((cell) => ({ file, cell })));
  expect(cells.filter(({ cell }) => STARTS_A_FORMULA.test(cell) && !NUMBER.test(cell))).toEqual([]);
  return cells.map(({ cell }) => cell);
}

test('no text cell in the open data, the published reports or the team reports of a build starts a formula', () => {
  const files = [...csvFilesIn(dist), ...csvFilesIn(`${dist}-reports`)];
  expect(files.map((file) => path.relative(path.dirname(dist), file)).sort()).toEqual([
    'hostile-reports/aanbieders.csv',
    'hostile-reports/keuzes.csv',
    'hostile-reports/scholen.csv',
    'hostile/aanbod.csv',
    'hostile/rapportage/aanbieders.csv',
    'hostile/rapportage/keuzes.csv',
    'hostile/rapportage/scholen.csv',
  ]);
  const cells = expectNoFormulas(files, ';');
  // The hostile text is there, quoted, not left out.
  expect(cells).toContain(`'=cmd|' /C calc'!A0`);
  expect(cells).toContain(`'=HYPERLINK("https://x.nl")`);
  expect(cells).toContain(`'@SUM(1+1)*cmd|' /C calc'!A0`);
  expect(cells).toContain(`'+1+cmd|' /C calc'!A0`);
  expect(cells).toContain(`'-2+3+cmd|' /C calc'!A0`);
});

test('npm run report writes no formula-leading text cell in RFC 4180 CSV either', () => {
  const reportsDir = path.join(scratch, 'reports');
  const run = runScript('report', ['--content', hostileContent, '--reports-dir', reportsDir, '--csv', 'rfc4180']);
  expect(run.exitCode, run.stderr).toBe(0);
  const files = csvFilesIn(reportsDir);
  expect(files).toHaveLength(3);
  const cells = expectNoFormulas(files, ',');
  expect(cells).toContain(`'=cmd|' /C calc'!A0`);
});
