/**
 * `npm run template`: an empty catalogue spreadsheet to fill in. The four sheets with their
 * columns, drop-down lists for the fixed vocabularies (domains from site.yaml), and a sheet of
 * instructions in Dutch that explains every column.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../core/spreadsheet/column-letter.ts';
import { SHEET_NAMES, SHEETS, type Column } from '../../core/spreadsheet/columns.ts';
import type { Domain } from '../../core/schema/domain.ts';
import { addSheet, newWorkbook } from './write-workbook.ts';

/** Rows the drop-down lists cover; plenty for a catalogue typed in by hand. */
const LIST_ROWS = 1000;

const INTRODUCTION = [
  'Zo vult u dit sjabloon in',
  'Elke rij van het blad aanbod is één interventie; aanbieders, scholen en keuzes hebben elk een eigen blad.',
  'Laat de kolom Id leeg: aanbodgids maakt de id van de titel of naam. Kolommen met "Berekend bij de export" hoeft u niet in te vullen.',
  'Bedragen: 1250, 1.250 of € 1.250,00; centen met een komma (12,50). 12.50 wordt geweigerd omdat de punt onduidelijk is.',
  'Lees het bestand in met: npm run import -- aanbod-sjabloon.xlsx (met --dry-run ziet u eerst wat er verandert).',
];

function addInstructions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('uitleg');
  sheet.columns = [{ width: 16 }, { width: 22 }, { width: 100 }];
  INTRODUCTION.forEach((line, index) => {
    sheet.addRow([line]).font = { bold: index === 0 };
  });
  sheet.addRow([]);
  sheet.addRow(['Blad', 'Kolom', 'Wat vult u in']).font = { bold: true };
  for (const name of SHEET_NAMES) for (const column of SHEETS[name]) sheet.addRow([name, column.header, column.help]);
}

/** The allowed words of each list column, on a hidden sheet the drop-downs point to. */
function listsFor(domains: readonly Domain[]): Map<string, string[]> {
  const lists = new Map<string, string[]>([['Domein', domains.map((domain) => domain.id)]]);
  for (const name of SHEET_NAMES) {
    for (const column of SHEETS[name]) {
      if (column.kind === 'vocabulary' && column.words) lists.set(column.header, column.words.values.map((value) => column.words!.dutchWord(value)));
    }
  }
  return lists;
}

function addDropDowns(workbook: ExcelJS.Workbook, domains: readonly Domain[]): void {
  const lists = listsFor(domains);
  const listSheet = workbook.addWorksheet('lijsten', { state: 'hidden' });
  const ranges = new Map<string, string>();
  [...lists].forEach(([header, words], index) => {
    listSheet.getCell(1, index + 1).value = header;
    words.forEach((word, row) => (listSheet.getCell(row + 2, index + 1).value = word));
    ranges.set(header, `lijsten!$${columnLetter(index)}$2:$${columnLetter(index)}$${words.length + 1}`);
  });
  for (const name of SHEET_NAMES) {
    const worksheet = workbook.getWorksheet(name)!;
    SHEETS[name].forEach((column: Column, index) => {
      const range = column.kind !== 'computed' ? ranges.get(column.header) : undefined;
      if (!range) return;
      for (let row = 2; row <= LIST_ROWS; row++) {
        worksheet.getCell(row, index + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [range] };
      }
    });
  }
}

export async function writeTemplateWorkbook(domains: readonly Domain[], file: string, created: Date): Promise<void> {
  const workbook = newWorkbook(created);
  addInstructions(workbook);
  for (const name of SHEET_NAMES) addSheet(workbook, name, SHEETS[name], []);
  addDropDowns(workbook, domains);
  await workbook.xlsx.writeFile(file);
}
