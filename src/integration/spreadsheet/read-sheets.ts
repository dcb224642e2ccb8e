/**
 * Reads the catalogue sheets from an .xlsx workbook (exceljs) or a .csv file (csv-parse). A CSV
 * file holds one sheet, named by the file (`aanbieders.csv`), else `aanbod`. `--map` renames a
 * provider's own column headers to ours before anything else looks at them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import type { Cell } from '../../core/spreadsheet/cells.ts';
import { SHEET_NAMES, type SheetName } from '../../core/spreadsheet/columns.ts';
import type { SheetRows } from '../../core/spreadsheet/sheet-rows.ts';

type ColumnMap = Record<string, string>;

const sheetNamed = (name: string): SheetName | undefined => SHEET_NAMES.find((sheet) => sheet === name.trim().toLowerCase());

/** An exceljs cell value as a plain cell: rich text joined, formulas by their result, links by their text. */
function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return plainCell(value.result as ExcelJS.CellValue);
  if ('text' in value) return plainCell(value.text as ExcelJS.CellValue);
  return undefined;
}

function mapped(headers: string[], map: ColumnMap): string[] {
  const byKey = new Map(Object.entries(map).map(([theirs, ours]) => [theirs.trim().toLowerCase(), ours]));
  return headers.map((header) => byKey.get(header.trim().toLowerCase()) ?? header);
}

async function readWorkbook(file: string, map: ColumnMap): Promise<SheetRows[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: SheetRows[] = [];
  workbook.eachSheet((worksheet) => {
    const sheet = sheetNamed(worksheet.name);
    if (!sheet) return;
    const width = worksheet.columnCount;
    const cellsOf = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => plainCell(row.getCell(i + 1).value));
    const headers = mapped(cellsOf(worksheet.getRow(1)).map((cell) => (cell === undefined ? '' : String(cell))), map);
    const rows = [];
    for (let number = 2; number <= worksheet.rowCount; number++) rows.push({ row: number, cells: cellsOf(worksheet.getRow(number)) });
    sheets.push({ sheet, headers, rows });
  });
  return sheets;
}

function readCsv(file: string, map: ColumnMap): SheetRows[] {
  const records: string[][] = parseCsv(readFileSync(file), { bom: true, delimiter: [';', ','], relax_column_count: true, skip_empty_lines: false });
  const [headers = [], ...rows] = records;
  const sheet = sheetNamed(path.basename(file, path.extname(file))) ?? 'aanbod';
  return [{ sheet, headers: mapped(headers, map), rows: rows.map((cells, index) => ({ row: index + 2, cells })) }];
}

/** The sheets of a spreadsheet file, with `mapFile`'s header names applied. */
export async function readSheets(file: string, mapFile?: string): Promise<SheetRows[]> {
  const map = mapFile ? ((parseYaml(readFileSync(mapFile, 'utf8')) ?? {}) as ColumnMap) : {};
  return path.extname(file).toLowerCase() === '.csv' ? readCsv(file, map) : readWorkbook(file, map);
}
