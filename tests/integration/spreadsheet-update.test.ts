import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { snapshot } from '../support/folder-snapshot.ts';
import { projectRoot } from '../support/run-build.ts';
import { runScript } from '../support/run-script.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-update-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const exported = path.join(scratch, 'aanbod.xlsx');

/** A fresh copy of the demo catalogue, so no test sees another's changes. */
let copies = 0;
function demoCopy(): string {
  const dir = path.join(scratch, `content-${++copies}`);
  cpSync(path.join(projectRoot, 'content'), dir, { recursive: true });
  return dir;
}

/** The demo's export with one cell changed: the row whose `keys` columns hold those values. */
async function exportWith(sheetName: string, keys: Record<string, string>, header: string, value: ExcelJS.CellValue): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exported);
  const sheet = workbook.getWorksheet(sheetName)!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const columnOf = (name: string) => headers.indexOf(name);
  let changed = 0;
  sheet.eachRow((row, number) => {
    if (number === 1 || !Object.entries(keys).every(([key, want]) => String(row.getCell(columnOf(key)).value) === want)) return;
    row.getCell(columnOf(header)).value = value;
    changed++;
  });
  expect(changed).toBe(1);
  const file = path.join(scratch, `edited-${++copies}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

beforeAll(() => {
  const run = runScript('export', ['--content', path.join(projectRoot, 'content'), '--out', exported]);
  expect(run.exitCode, run.stderr).toBe(0);
});

test("the demo's own export read back with --update changes no file and says so", () => {
  const contentDir = demoCopy();
  const before = snapshot(contentDir);
  const dryRun = runScript('import', [exported, '--content', contentDir, '--update', '--dry-run']);
  expect(dryRun.exitCode, dryRun.stderr).toBe(0);
  const reported = dryRun.stdout.trim().split('\n').slice(0, -1);
  expect(reported.length).toBeGreaterThan(40);
  for (const line of reported) expect(line).toMatch(/^ongewijzigd: /);

  const run = runScript('import', [exported, '--content', contentDir, '--update']);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.stdout).toContain('0 bestanden geschreven');
  expect(snapshot(contentDir)).toEqual(before);
});

test('editing one cell changes exactly that field in that file and keeps its comments', async () => {
  const contentDir = demoCopy();
  const file = 'schools/obs-de-regenboog.yaml';
  const commented = read(contentDir, file).replace('  - intervention: rots-en-water', '  # met de hand: afgesproken in oktober\n  - intervention: rots-en-water # twee groepen');
  writeFileSync(path.join(contentDir, file), commented);
  const before = snapshot(contentDir);
  const edited = await exportWith('keuzes', { 'School-id': 'obs-de-regenboog', 'Interventie-id': 'rots-en-water' }, 'Opmerking', 'Alleen groep 8.');

  const run = runScript('import', [edited, '--content', contentDir, '--update']);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.stdout).toContain(`bijgewerkt: ${file}`);
  expect(run.stdout.match(/bijgewerkt: /g)).toHaveLength(1);
  expect(read(contentDir, file)).toBe(commented.replace('note: Groep 7 en groep 8, in het najaar.', 'note: Alleen groep 8.'));
  const after = snapshot(contentDir);
  expect(Object.keys(after).filter((name) => after[name] !== before[name])).toEqual([file]);
});

test('an intervention without a cost block gets one from the sheet, and its body and other fields stay', async () => {
  const contentDir = demoCopy();
  const file = 'interventions/vve-thuis.mdx';
  const original = read(contentDir, file);
  expect(original).not.toContain('cost:');
  const edited = await exportWith('aanbod', { Id: 'vve-thuis' }, 'Kosten', 450);
  const withPer = path.join(scratch, 'with-per.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(edited);
  const aanbod = workbook.getWorksheet('aanbod')!;
  const headers = (aanbod.getRow(1).values as unknown[]).map(String);
  aanbod.eachRow((row) => {
    if (row.getCell(headers.indexOf('Id')).value === 'vve-thuis') row.getCell(headers.indexOf('Per')).value = 'school';
  });
  await workbook.xlsx.writeFile(withPer);

  const run = runScript('import', [withPer, '--content', contentDir, '--update']);
  expect(run.exitCode, run.stderr).toBe(0);
  const after = read(contentDir, file);
  expect(after).toContain('cost:\n  amount: 450\n  per: school\n');
  expect(after.replace('cost:\n  amount: 450\n  per: school\n', '')).toBe(original);
});

const BOM_CASES = [
  { file: 'providers/bibliotheek-vechtstreek.yaml', sheet: 'aanbieders', header: 'Telefoon', from: 'phone: 030 123 45 10', to: 'phone: 030 999 99 99', value: '030 999 99 99' },
  { file: 'interventions/zomerschool.mdx', sheet: 'aanbod', header: 'Duur', from: /duration: .*/, to: 'duration: Twee weken in augustus', value: 'Twee weken in augustus' },
];

test.each(BOM_CASES)('$file, starting with a byte order mark, gets the change the sheet makes and keeps its mark', async ({ file, sheet, header, from, to, value }) => {
  const contentDir = demoCopy();
  const original = `\uFEFF${read(contentDir, file)}`;
  writeFileSync(path.join(contentDir, file), original);
  const edited = await exportWith(sheet, { Id: path.basename(file, path.extname(file)) }, header, value);

  const run = runScript('import', [edited, '--content', contentDir, '--update']);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.stdout).toContain(`bijgewerkt: ${file}`);
  expect(read(contentDir, file)).toBe(original.replace(from, to));
});
