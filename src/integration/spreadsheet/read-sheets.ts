/**
 * Reads the catalogue sheets from an .xlsx workbook (exceljs) or a .csv file (csv-parse). A CSV
 * file holds one sheet, named by the file (`aanbieders.csv`), else `aanbod`. `--map` renames a
 * provider's own column headers to ours before anything else looks at them. A file that cannot
 * be read, or holds more than a catalogue ever needs, is a problem naming the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import type { Cell } from '../../core/spreadsheet/cells.ts';
import { SHEET_NAMES, type SheetName } from '../../core/spreadsheet/columns.ts';
import type { SheetRow, SheetRows } from '../../core/spreadsheet/sheet-rows.ts';
import type { Problem } from '../../core/validate/problem.ts';
import { MAX_CELLS, workbookSizeProblem } from './workbook-limits.ts';

type ColumnMap = Record<string, string>;

export interface SheetReading {
  sheets: SheetRows[];
  /** Problems of the file as a whole: unreadable, or too large. */
  problems: Problem[];
}

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

/**
 * The rows of a worksheet from the cells it holds, never from its dimensions: one cell at
 * XFD1048576 would otherwise mean a billion empty ones. Rows stay sparse; the count of cells
 * read goes into `count`.
 */
function worksheetRows(worksheet: ExcelJS.Worksheet, count: { cells: number }): { headers: Cell[]; rows: SheetRow[] } {
  let headers: Cell[] = [];
  const rows: SheetRow[] = [];
  worksheet.eachRow((row, number) => {
    const cells: Cell[] = [];
    row.eachCell((cell, column) => {
      cells[column - 1] = plainCell(cell.value);
      count.cells++;
    });
    if (number === 1) headers = Array.from(cells);
    else rows.push({ row: number, cells });
  });
  return { headers, rows };
}

async function readWorkbook(file: string, bytes: Buffer, map: ColumnMap): Promise<SheetReading> {
  const tooLarge = await workbookSizeProblem(bytes, file);
  if (tooLarge) return { sheets: [], problems: [tooLarge] };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets: SheetRows[] = [];
  const count = { cells: 0 };
  workbook.eachSheet((worksheet) => {
    const sheet = sheetNamed(worksheet.name);
    if (!sheet || count.cells > MAX_CELLS) return;
    const { headers, rows } = worksheetRows(worksheet, count);
    sheets.push({ sheet, source: path.basename(file), headers: mapped(headers.map((cell) => (cell === undefined ? '' : String(cell))), map), rows });
  });
  if (count.cells > MAX_CELLS) return { sheets: [], problems: [{ file, kind: 'spreadsheet-too-many-cells', params: { limit: MAX_CELLS } }] };
  return { sheets, problems: [] };
}

/**
 * The separator of a CSV file, from its heading row: the one of `;` (Dutch Excel) and `,` that
 * splits it into more cells. One separator for the whole file, so `12,50` in a file separated by
 * `;` stays one amount.
 */
function separatorOf(bytes: Buffer): ';' | ',' {
  const headings = (delimiter: string) => (parseCsv(bytes, { bom: true, delimiter, to_line: 1, relax_quotes: true }) as string[][])[0]?.length ?? 0;
  return headings(',') > headings(';') ? ',' : ';';
}

function readCsv(file: string, bytes: Buffer, map: ColumnMap): SheetReading {
  const records: string[][] = parseCsv(bytes, { bom: true, delimiter: separatorOf(bytes), relax_column_count: true, skip_empty_lines: false });
  const [headers = [], ...rows] = records;
  if (records.reduce((cells, record) => cells + record.length, 0) > MAX_CELLS) return { sheets: [], problems: [{ file, kind: 'spreadsheet-too-many-cells', params: { limit: MAX_CELLS } }] };
  const sheet = sheetNamed(path.basename(file, path.extname(file))) ?? 'aanbod';
  return { sheets: [{ sheet, source: path.basename(file), headers: mapped(headers, map), rows: rows.map((cells, index) => ({ row: index + 2, cells })) }], problems: [] };
}

/** The sheets of a spreadsheet file, with `mapFile`'s header names applied, or the problem that stops reading it. */
export async function readSheets(file: string, mapFile?: string): Promise<SheetReading> {
  const map = mapFile ? ((parseYaml(readFileSync(mapFile, 'utf8')) ?? {}) as ColumnMap) : {};
  const bytes = readFileSync(file);
  try {
    return path.extname(file).toLowerCase() === '.csv' ? readCsv(file, bytes, map) : await readWorkbook(file, bytes, map);
  } catch (error) {
    const parserMessage = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    return { sheets: [], problems: [{ file, kind: 'spreadsheet-unreadable', params: { parserMessage } }] };
  }
}
