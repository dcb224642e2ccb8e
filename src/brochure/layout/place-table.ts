/**
 * Puts a table on pages row by row; a row never splits, and after a break the table's subject
 * ("… (vervolg)") and its header row repeat.
 */
import type { TableItem } from '../flow.ts';
import { ptToMm } from '../units.ts';
import type { PageCursor } from './page-cursor.ts';
import { columnWidthMm, type PageFrame } from './page-frame.ts';
import type { LayoutTools } from './paginate.ts';
import { baselineOffsetMm } from './placed.ts';
import { CELL_PADDING_MM, layoutTable, splitTallRow, type TableLayout, type TableRowLayout } from './table-layout.ts';

const RULE_GREY = [0.75, 0.75, 0.75] as const;

/** `row` is the row's index, -1 for the header; `null` for a header repeated after a page break (an artifact). */
function placeRow(row: TableRowLayout, table: TableItem, widthsMm: number[], cursor: PageCursor, tools: LayoutTools, rowIndex: number | null): void {
  const { style } = table;
  const baseline = cursor.yMm + CELL_PADDING_MM + baselineOffsetMm(style.lineHeightMm, ptToMm(style.sizePt));
  let xMm = cursor.frame.leftMm;
  row.cells.forEach((lines, column) => {
    const widthMm = widthsMm[column] ?? 0;
    const font = row.fonts[column] ?? 'regular';
    const tag = rowIndex === null ? null : { cell: { row: rowIndex, column } };
    const text = { kind: 'text', font, sizePt: style.sizePt, lineHeightMm: style.lineHeightMm, color: style.color } as const;
    if (table.align[column] === 'right') {
      lines.forEach((line, index) => {
        const lineX = xMm + widthMm - CELL_PADDING_MM - tools.measure.widthMm(line, font, style.sizePt);
        cursor.place({ ...text, xMm: lineX, baselineMm: baseline + index * style.lineHeightMm, lines: [line] }, tag);
      });
    } else if (lines.some(Boolean)) {
      cursor.place({ ...text, xMm: xMm + CELL_PADDING_MM, baselineMm: baseline, lines }, tag);
    }
    xMm += widthMm;
  });
  cursor.yMm += row.heightMm;
  cursor.place({ kind: 'rect', xMm: cursor.frame.leftMm, yMm: cursor.yMm - 0.15, widthMm: columnWidthMm(cursor.frame), heightMm: 0.15, color: RULE_GREY });
}

/**
 * A table is laid out for the heading before it (its lead) and again to be placed: the layout
 * depends only on the table, the width and the tools, so it is taken once for each.
 */
const laidOut = new WeakMap<TableItem, { widthMm: number; tools: LayoutTools; layout: TableLayout }>();

function tableLayout(table: TableItem, widthMm: number, tools: LayoutTools): TableLayout {
  const known = laidOut.get(table);
  if (known && known.widthMm === widthMm && known.tools === tools) return known.layout;
  const layout = layoutTable(table, widthMm, tools.measure, tools.wrap);
  laidOut.set(table, { widthMm, tools, layout });
  return layout;
}

/**
 * What must fit on a page for the table to start there, with the space before it: the whole table
 * when it is kept together, else its header and first row.
 */
export function tableLeadMm(table: TableItem, frame: PageFrame, tools: LayoutTools): number {
  const layout = tableLayout(table, columnWidthMm(frame), tools);
  const header = table.header.length > 0 ? layout.header.heightMm : 0;
  const rows = table.keepTogether ? layout.rows : layout.rows.slice(0, 1);
  return table.style.spaceBeforeMm + header + rows.reduce((sum, row) => sum + row.heightMm, 0);
}

export function placeTable(table: TableItem, cursor: PageCursor, tools: LayoutTools): void {
  const { style } = table;
  const layout = tableLayout(table, columnWidthMm(cursor.frame), tools);
  const bodyHeightMm = cursor.frame.bottomMm - cursor.frame.topMm;
  const continued = table.continued ? tools.wrap({ text: table.continued, font: 'bold', sizePt: style.sizePt, maxWidthMm: columnWidthMm(cursor.frame) }) : [];
  const continuedHeightMm = continued.length * style.lineHeightMm + (continued.length > 0 ? CELL_PADDING_MM : 0);
  const maxLines = Math.max(1, Math.floor((bodyHeightMm - 2 * layout.header.heightMm - continuedHeightMm) / style.lineHeightMm) - 2);
  const rows = layout.rows.flatMap((row, index) => splitTallRow(row, maxLines, style.lineHeightMm).map((part) => ({ part, index })));
  const placeHeader = (repeated: boolean) => {
    // Repeated on a new page, the subject and the header are artifacts: the tree has them once.
    if (repeated && continued.length > 0) {
      cursor.placeLines(continued, { ...style, font: 'bold' }, cursor.frame.leftMm, null);
      cursor.yMm += CELL_PADDING_MM;
    }
    if (table.header.length > 0) placeRow(layout.header, table, layout.widthsMm, cursor, tools, repeated ? null : -1);
  };
  const headerHeightMm = table.header.length > 0 ? layout.header.heightMm : 0;
  cursor.space(style.spaceBeforeMm);
  const wholeMm = headerHeightMm + rows.reduce((sum, row) => sum + row.part.heightMm, 0);
  cursor.ensure(table.keepTogether && wholeMm <= bodyHeightMm ? wholeMm : headerHeightMm + (rows[0]?.part.heightMm ?? 0));
  placeHeader(false);
  for (const { part, index } of rows) {
    if (part.heightMm > cursor.spaceLeftMm + 0.001) {
      cursor.newPage();
      placeHeader(true);
    }
    placeRow(part, table, layout.widthsMm, cursor, tools, index);
  }
  cursor.yMm = Math.min(cursor.yMm + style.spaceAfterMm, cursor.frame.bottomMm);
}
