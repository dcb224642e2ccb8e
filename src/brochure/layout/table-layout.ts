/**
 * Tables as text layout: column widths from the cells' natural widths (every column first gets
 * its fair share or less, what is left goes to the columns that want more), cells wrapped,
 * rows as unbreakable units that the paginator moves whole.
 */
import type { FontName, TableItem } from '../flow.ts';
import type { TextMeasure } from './measure.ts';
import type { WrapRequest } from './wrap.ts';

export const CELL_PADDING_MM = 1.5;
const WIDTH_SLACK_MM = 1e-6;

export interface TableRowLayout {
  cells: string[][];
  /** Per column: bold for the header, totals, and labels. */
  fonts: FontName[];
  heightMm: number;
}

export interface TableLayout {
  widthsMm: number[];
  header: TableRowLayout;
  rows: TableRowLayout[];
}

function columnWidths(table: TableItem, widthMm: number, measure: TextMeasure): number[] {
  const count = Math.max(table.header.length, ...table.rows.map((row) => row.length));
  const texts = (column: number): string[] => [table.header, ...table.rows].map((row) => row[column] ?? '').concat(column === 0 ? (table.labelsToFit ?? []) : []);
  const natural = Array.from({ length: count }, (_, column) =>
    Math.max(4, ...texts(column).map((text) => measure.widthMm(text, 'bold', table.style.sizePt) + 2 * CELL_PADDING_MM)),
  );
  const total = natural.reduce((sum, width) => sum + width, 0);
  const { stretch } = table;
  if (total <= widthMm) {
    if (stretch === undefined) return natural.map((width) => width + (widthMm - total) / count);
    return natural.map((width, column) => (column === stretch ? width + widthMm - total : width));
  }
  // Too wide: a stretch column (long titles) wraps while the others keep their natural width, as
  // long as that leaves it a fair share; otherwise every column gets its fair share or less.
  const others = natural.reduce((sum, width, column) => (column === stretch ? sum : sum + width), 0);
  if (stretch !== undefined && widthMm - others >= widthMm / count) return natural.map((width, column) => (column === stretch ? widthMm - others : width));
  const fair = widthMm / count;
  const given = natural.map((width) => Math.min(width, fair));
  const leftOver = widthMm - given.reduce((sum, width) => sum + width, 0);
  const wanting = natural.map((width, column) => width - (given[column] ?? 0));
  const wanted = wanting.reduce((sum, want) => sum + want, 0);
  return given.map((width, column) => width + (wanted > 0 ? (leftOver * (wanting[column] ?? 0)) / wanted : 0));
}

export function layoutTable(
  table: TableItem,
  widthMm: number,
  measure: TextMeasure,
  wrap: (request: WrapRequest) => string[],
): TableLayout {
  const widthsMm = columnWidths(table, widthMm, measure);
  const { sizePt, lineHeightMm } = table.style;
  const layoutRow = (row: string[], strong: boolean): TableRowLayout => {
    const fonts = widthsMm.map((_, column): FontName => (strong || (column === 0 && table.strongFirstColumn) ? 'bold' : 'regular'));
    const cells = widthsMm.map((cellWidth, column) =>
      // A column at its natural width must hold its widest cell: the width is a sum of floats, and
      // its widest cell must not wrap because the sum came out a hair short.
      wrap({ text: row[column] ?? '', font: fonts[column] ?? 'regular', sizePt, maxWidthMm: cellWidth - 2 * CELL_PADDING_MM + WIDTH_SLACK_MM }),
    );
    const lines = Math.max(1, ...cells.map((cell) => cell.length));
    return { cells, fonts, heightMm: lines * lineHeightMm + 2 * CELL_PADDING_MM };
  };
  const strongRows = new Set(table.strongRows ?? []);
  return {
    widthsMm,
    header: layoutRow(table.header, true),
    rows: table.rows.map((row, index) => layoutRow(row, strongRows.has(index))),
  };
}

/** A row taller than a page is cut into rows of at most `maxLines` lines, so it can still break. */
export function splitTallRow(row: TableRowLayout, maxLines: number, lineHeightMm: number): TableRowLayout[] {
  const lines = Math.max(...row.cells.map((cell) => cell.length));
  if (lines <= maxLines) return [row];
  const parts: TableRowLayout[] = [];
  for (let start = 0; start < lines; start += maxLines) {
    const cells = row.cells.map((cell) => cell.slice(start, start + maxLines));
    const partLines = Math.max(1, ...cells.map((cell) => cell.length));
    parts.push({ cells, fonts: row.fonts, heightMm: partLines * lineHeightMm + 2 * CELL_PADDING_MM });
  }
  return parts;
}
