/**
 * Small spreadsheets that would stall or kill the import: one cell at the last cell a sheet can
 * have, and a zip bomb. Both are made here, not kept as binary files. The import ends with a Dutch
 * problem naming the file (or the row and column), exit code 1, and nothing written.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, expect, test } from 'vitest';
import { importRefused } from '../support/import-refused.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-limits-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('one cell at XFD1048576 is read as the one cell it is, and refused as a cell without a heading', async () => {
  const file = path.join(scratch, 'ver-weg.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('aanbod').getCell('XFD1048576').value = 'x';
  await workbook.xlsx.writeFile(file);
  expect(statSync(file).size).toBeLessThan(10_000);

  const run = importRefused(file);
  expect(run.exitCode, run.stderr).toBe(1);
  expect(run.stderr).toContain('aanbod, rij 1048576: "x" staat in kolom XFD, rechts van de laatste kolomkop van ver-weg.xlsx');
});

test('a zip bomb is refused by its unpacked size before exceljs reads it, naming the file', async () => {
  // A workbook whose sheet unpacks to 80 MB of spaces: under 100 KB on disk.
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('aanbod').addRow(['Titel']);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(80 * 1024 * 1024, ' '));
  const file = path.join(scratch, 'bom.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } }));
  expect(statSync(file).size).toBeLessThan(1_000_000);

  const run = importRefused(file);
  expect(run.exitCode, run.stderr).toBe(1);
  expect(run.stderr).toContain(`${file}: is uitgepakt groter dan 64 MB`);
  expect(run.stderr).not.toMatch(/Invalid string length|heap/i);
});

test('a file that is no spreadsheet at all is a Dutch problem naming the file, not a crash', () => {
  const file = path.join(scratch, 'kapot.xlsx');
  writeFileSync(file, 'Dit is geen spreadsheet.');
  const run = importRefused(file);
  expect(run.exitCode, run.stderr).toBe(1);
  expect(run.stderr).toContain(`${file}: kan niet worden gelezen als spreadsheet`);
});
