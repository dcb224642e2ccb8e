import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { tableToCsv } from '../../src/core/reports/csv.ts';
import { moneyColumn, type Column, type Table } from '../../src/core/reports/table.ts';

interface Row {
  text: string;
  count: number;
  cents: number;
}

const heading = (name: string) => ({ nl: name, en: name });
const table = (rows: Row[]): Table<Row> => ({
  columns: [
    { key: 'text', heading: heading('Tekst'), kind: 'text', value: (row) => row.text },
    { key: 'count', heading: heading('Aantal'), kind: 'count', value: (row) => row.count },
    moneyColumn<Row>('cents', heading('Bedrag'), (row) => row.cents),
  ],
  rows,
});

const FORMULA_LIKE = ["=cmd|' /C calc'!A0", '=HYPERLINK("https://elders.example";"klik")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];

test.each(['excel-nl', 'rfc4180'] as const)('in %s CSV, text that starts like a formula gets a leading quote and reads back as that text', (dialect) => {
  const csv = tableToCsv(table(FORMULA_LIKE.map((text) => ({ text, count: 1, cents: 100 }))), 'nl', dialect);
  const records: string[][] = parse(csv, { bom: true, delimiter: dialect === 'excel-nl' ? ';' : ',' });
  expect(records.slice(1).map(([text]) => text)).toEqual(FORMULA_LIKE.map((text) => `'${text}`));
});

test('numbers stay numbers, also when negative, and other text is written as it is', () => {
  const csv = tableToCsv(table([{ text: 'Groep 5 - 8', count: -3, cents: -125_050 }]), 'nl');
  const records: string[][] = parse(csv, { bom: true, delimiter: ';' });
  expect(records[1]).toEqual(['Groep 5 - 8', '-3', '-1250,50']);
});

test('a heading that starts like a formula is quoted too', () => {
  const column: Column<Row> = { key: 'x', heading: heading('=1+1'), kind: 'text', value: (row) => row.text };
  expect(tableToCsv({ columns: [column], rows: [] }, 'nl', 'rfc4180')).toBe("'=1+1\r\n");
});
