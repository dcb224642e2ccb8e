import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../support/run-build.ts';
import { runScript } from '../support/run-script.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const demo = path.join(projectRoot, 'content');

async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A row of a sheet as header -> cell, for reading without counting columns. */
function rowsOf(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.Cell>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.Cell>[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    rows.push(Object.fromEntries(headers.map((header, index) => [header, sheet.getRow(number).getCell(index + 1)])));
  }
  return rows;
}

describe('npm run export', async () => {
  const file = path.join(scratch, 'aanbod.xlsx');
  const run = runScript('export', ['--content', demo, '--out', file]);
  const workbook = run.exitCode === 0 ? await openWorkbook(file) : undefined;

  test('writes the four sheets with a frozen header row and filters on', () => {
    expect(run.exitCode, run.stderr).toBe(0);
    expect(workbook!.worksheets.map((sheet) => sheet.name)).toEqual(['aanbod', 'aanbieders', 'scholen', 'keuzes']);
    for (const sheet of workbook!.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
    }
  });

  test('writes amounts as numbers with a euro format, dates as dates and Dutch words for the vocabularies', () => {
    const ouderkamer = rowsOf(workbook!.getWorksheet('aanbod')!).find((row) => row.Id!.value === 'ouderkamer')!;
    expect(ouderkamer.Kosten!.value).toBe(175);
    expect(ouderkamer.Kosten!.numFmt).toContain('€');
    expect(ouderkamer.Per!.value).toBe('bijeenkomst');
    expect(ouderkamer['Vast of keuze']!.value).toBe('keuze');
    const rotsEnWater = rowsOf(workbook!.getWorksheet('aanbod')!).find((row) => row.Id!.value === 'rots-en-water')!;
    expect(rotsEnWater.Gecontroleerd!.value).toEqual(new Date('2026-01-20T00:00:00Z'));
    expect(rotsEnWater.Gecontroleerd!.numFmt).toBe('dd-mm-yyyy');
  });

  test('lists every choice with its charge, and every school with its budget, spent and left', () => {
    const choices = rowsOf(workbook!.getWorksheet('keuzes')!).filter((row) => row['School-id']!.value === 'obs-de-regenboog');
    expect(choices.map((row) => row['Interventie-id']!.value)).toEqual(['rots-en-water', 'muziekles-in-de-klas', 'zomerschool']);
    expect(choices.map((row) => row.School!.value)).toEqual(Array(3).fill('OBS De Regenboog'));
    for (const row of choices) {
      expect(row.Bedrag!.value).toBe(Number(row['Prijs per eenheid']!.value) * Number(row.Aantal!.value));
      expect(row.Bedrag!.numFmt).toContain('€');
    }
    const school = rowsOf(workbook!.getWorksheet('scholen')!).find((row) => row.Id!.value === 'obs-de-regenboog')!;
    const spent = choices.reduce((sum, row) => sum + Number(row.Bedrag!.value), 0);
    expect(school.Besteed!.value).toBe(spent);
    expect(school.Over!.value).toBe(Number(school.Budget!.value) - spent);
  });

  test('refuses to write into dist/, where the published site lives', () => {
    const target = path.join(scratch, 'dist', 'aanbod.xlsx');
    const refused = runScript('export', ['--content', demo, '--out', target]);
    expect(refused.exitCode).not.toBe(0);
    expect(refused.stderr).toContain('niet in dist/');
    expect(existsSync(target)).toBe(false);
  });
});

test('npm run template writes the columns, drop-down lists with site.yaml\'s domains and Dutch instructions', async () => {
  const file = path.join(scratch, 'aanbod-sjabloon.xlsx');
  const run = runScript('template', ['--content', demo, '--out', file]);
  expect(run.exitCode, run.stderr).toBe(0);
  const workbook = await openWorkbook(file);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['uitleg', 'aanbod', 'aanbieders', 'scholen', 'keuzes', 'lijsten']);
  const aanbod = workbook.getWorksheet('aanbod')!;
  const headers = (aanbod.getRow(1).values as unknown[]).slice(1);
  expect(headers).toEqual(expect.arrayContaining(['Titel', 'Domein', 'Vast of keuze', 'Kosten', 'Per', 'Beschrijving']));
  const domainValidation = aanbod.getCell(2, headers.indexOf('Domein') + 1).dataValidation;
  expect(domainValidation.type).toBe('list');
  const listSheet = workbook.getWorksheet('lijsten')!;
  const [, column] = /lijsten!\$([A-Z])\$/.exec(domainValidation.formulae![0] as string)!;
  const words = listSheet.getColumn(column!).values.slice(2);
  const site = parse(readFileSync(path.join(demo, 'site.yaml'), 'utf8')) as { domains: { id: string }[] };
  expect(words).toEqual(site.domains.map((domain) => domain.id));
  const perValidation = aanbod.getCell(2, headers.indexOf('Per') + 1).dataValidation;
  const [, perColumn] = /lijsten!\$([A-Z])\$/.exec(perValidation.formulae![0] as string)!;
  expect(listSheet.getColumn(perColumn!).values.slice(2)).toEqual(['school', 'leerling', 'groep', 'bijeenkomst']);
  const instructions = workbook.getWorksheet('uitleg')!;
  expect(instructions.getCell('A1').value).toBe('Zo vult u dit sjabloon in');
});
