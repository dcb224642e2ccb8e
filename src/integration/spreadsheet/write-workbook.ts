/**
 * Writes sheets for Dutch Excel with exceljs: bold frozen header row, filters on, amounts as
 * numbers with a euro format, sensible widths. Used by the export and the template.
 */
import ExcelJS from 'exceljs';
import type { Column } from '../../core/spreadsheet/columns.ts';
import type { ExportCell } from '../../core/spreadsheet/catalogue-rows.ts';

const EURO_FORMAT = '"€" #,##0.00';
const DATE_FORMAT = 'dd-mm-yyyy';

const isMoney = (column: Column) => column.kind === 'amount' || column.money === true;

/** Adds one sheet with its header and rows. */
export function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly Column[], rows: ExportCell[][]): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.header,
    width: column.kind === 'body' ? 60 : Math.max(12, column.header.length + 4),
    ...(isMoney(column) ? { style: { numFmt: EURO_FORMAT } } : column.kind === 'date' ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.addRows(rows.map((row) => row.map((cell) => cell ?? null)));
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return worksheet;
}

/** A workbook whose metadata does not depend on the clock, so the same content gives the same sheets. */
export function newWorkbook(created: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'aanbodgids';
  workbook.created = created;
  workbook.modified = created;
  return workbook;
}
