/**
 * A CSV file has one separator, found from its heading row: Dutch Excel writes `;` and decimal
 * commas, other tools `,`. A row with more cells than the heading row (text split at a separator)
 * is refused with sheet, row, column, value and file, and nothing is written.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkFolder } from '../../src/integration/check-content.ts';
import { contentWith } from '../support/content-fixture.ts';
import { importRefused } from '../support/import-refused.ts';
import { runScript } from '../support/run-script.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-csv-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const HEADINGS = ['Titel', 'Samenvatting', 'Domein', 'Vast of keuze', 'Aanbieder', 'Schooltypen', 'Per', 'Kosten'];

function csvFile(name: string, lines: string[]): string {
  const file = path.join(scratch, name);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return file;
}

test('in a file separated by semicolons, a comma is part of the text: 12,50 is twelve euros fifty and a summary keeps its commas', () => {
  const file = csvFile('aanbod.csv', [HEADINGS.join(';'), 'Schaakclub;Denken, winnen en verliezen.;lezen;keuze;Het Leeshuis;po;leerling;12,50']);
  const contentDir = contentWith({});
  const run = runScript('import', [file, '--content', contentDir]);
  expect(run.exitCode, run.stderr).toBe(0);
  const schaakclub = checkFolder(contentDir).catalogue!.interventions.find((entry) => entry.id === 'schaakclub')!;
  expect(schaakclub).toMatchObject({ summary: 'Denken, winnen en verliezen.', cost: { amount: 1250, per: 'pupil' } });
});

test('in a file separated by commas, a quoted 12,50 is one amount', () => {
  const file = csvFile('aanbod-komma.csv', [HEADINGS.join(','), 'Damclub,"Denken, zetten.",lezen,keuze,Het Leeshuis,po,leerling,"12,50"']);
  const contentDir = contentWith({});
  const run = runScript('import', [file, '--content', contentDir]);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(checkFolder(contentDir).catalogue!.interventions.find((entry) => entry.id === 'damclub')).toMatchObject({ summary: 'Denken, zetten.', cost: { amount: 1250 } });
});

test('a row with more cells than the heading row is refused with sheet, row, column, value and file, and nothing is written', () => {
  const file = csvFile('aanbod-los.csv', [HEADINGS.join(','), 'Damclub,Denken.,lezen,keuze,Het Leeshuis,po,leerling,12,50']);
  const run = importRefused(file);
  expect(run.exitCode).toBe(1);
  expect(run.stderr).toContain('aanbod, rij 2: "50" staat in kolom I, rechts van de laatste kolomkop van aanbod-los.csv');
  expect(run.stderr).toContain('Zet die cel tussen aanhalingstekens ("12,50")');
  expect(run.stderr).toContain('er is niets geschreven');
});

test('a file with both separators is read by the one of its heading row: semicolons', () => {
  const file = csvFile('aanbieders.csv', ['Naam;Website;Beschrijving', 'Bureau Één;https://een.example.nl;Taal, rekenen en lezen']);
  const contentDir = contentWith({});
  const run = runScript('import', [file, '--content', contentDir]);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(checkFolder(contentDir).catalogue!.providers.find((entry) => entry.id === 'bureau-een')).toMatchObject({ description: 'Taal, rekenen en lezen' });
});
