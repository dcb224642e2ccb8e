/**
 * Report tables as CSV. By default for Dutch Excel, which opens a file by double-click only when
 * it starts with a byte order mark, is separated by `;` and writes decimals with a comma;
 * `rfc4180` gives the plain form other tools expect: `,` and a decimal point.
 *
 * Every CSV the project writes goes through here. Text from content, a school's file or a
 * provider's sheet can start like a formula (`=HYPERLINK(...)`, `=cmd|...`); a spreadsheet that
 * opens the file would run it. As OWASP advises, such a text cell gets a leading `'`, which
 * spreadsheets read as "this is text". Numbers are written as numbers, also when negative.
 */
import { stringify } from 'csv-stringify/sync';
import type { Language } from '../strings/labels.ts';
import { headingsOf, type CellValue, type Column, type Table } from './table.ts';

export const CSV_DIALECTS = ['excel-nl', 'rfc4180'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

const SETTINGS: Record<CsvDialect, { bom: boolean; delimiter: string; decimal: string }> = {
  'excel-nl': { bom: true, delimiter: ';', decimal: ',' },
  rfc4180: { bom: false, delimiter: ',', decimal: '.' },
};

/** Cents as a plain decimal number (`1250,00`): no currency sign or grouping, so spreadsheets read a number. */
const centsAsDecimal = (cents: number, decimal: string): string => (cents / 100).toFixed(2).replace('.', decimal);

/** The first characters with which a spreadsheet reads a cell as a formula (tab and carriage return too). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a cell no spreadsheet will run: formula-like text gets a leading `'`. */
const textCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

function cell<Row>(column: Column<Row>, value: CellValue, decimal: string): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return column.kind === 'money' ? centsAsDecimal(value, decimal) : String(value);
  return textCell(value);
}

export function tableToCsv<Row>(table: Table<Row>, language: Language, dialect: CsvDialect = 'excel-nl'): string {
  const { bom, delimiter, decimal } = SETTINGS[dialect];
  const records = table.rows.map((row) => table.columns.map((column) => cell(column, column.value(row, language), decimal)));
  const headings = headingsOf(table.columns, language).map(textCell);
  return stringify([headings, ...records], { bom, delimiter, record_delimiter: 'windows' });
}
