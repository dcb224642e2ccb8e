/**
 * A report table as plain data: columns that say what kind of value they hold, and rows. The CSV
 * writer, the HTML overview and the spreadsheet export render the same table, so each shows the
 * same columns in the same order and formats amounts its own way (cents stay cents until then).
 */
import type { Language } from '../strings/labels.ts';
import type { Cents } from '../money/money.ts';

/** `text` as written, `count` a whole number, `money` integer cents. */
type CellKind = 'text' | 'count' | 'money';

export type CellValue = string | number | undefined;

export interface Column<Row> {
  /** A stable name for the column (the spreadsheet export and tests refer to it). */
  key: string;
  heading: Record<Language, string>;
  kind: CellKind;
  /** The value of this column in a row; money in cents, undefined for an empty cell. */
  value: (row: Row, language: Language) => CellValue;
}

export interface Table<Row> {
  columns: Column<Row>[];
  rows: Row[];
}

/** A money column over a cents field. */
export const moneyColumn = <Row>(key: string, heading: Record<Language, string>, cents: (row: Row) => Cents | undefined): Column<Row> => ({
  key,
  heading,
  kind: 'money',
  value: (row) => cents(row),
});

/** The headings of a table in one language. */
export const headingsOf = <Row>(columns: Column<Row>[], language: Language): string[] => columns.map((column) => column.heading[language]);
