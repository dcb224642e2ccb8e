/**
 * Places flow items on pages: paragraphs split between lines with at least two lines on either
 * side (no widows or orphans), headings kept with the start of what follows, table rows moved
 * whole with the header repeated, and nothing below the frame's bottom.
 */
import type { FlowItem, TextItem, TocItem } from '../flow.ts';
import type { Hyphenate } from './hyphenate.ts';
import type { TextMeasure } from './measure.ts';
import { lineSources, placeLinkedLines } from './link-pieces.ts';
import { PageCursor } from './page-cursor.ts';
import { columnWidthMm, type PageFrame } from './page-frame.ts';
import type { Layout } from './placed.ts';
import { placeTable, tableLeadMm } from './place-table.ts';
import { placeTocNumbers, TOC_NUMBER_WIDTH_MM } from './place-toc.ts';
import { createCachedWrap, type WrapRequest } from './wrap.ts';

const MIN_LINES = 2;
/** A bullet is decoration (an artifact in the tagged PDF); a list number is the item's label. */
const BULLET = '•';

export interface LayoutTools {
  measure: TextMeasure;
  wrap: (request: WrapRequest) => string[];
}

export const layoutTools = (measure: TextMeasure, hyphenate?: Hyphenate): LayoutTools => ({ measure, wrap: createCachedWrap(measure, hyphenate) });

function linesOf(item: TextItem | TocItem, frame: PageFrame, tools: LayoutTools): string[] {
  const indentMm = item.kind === 'text' ? (item.indentMm ?? 0) : item.level * 5;
  const reserveMm = item.kind === 'toc' ? TOC_NUMBER_WIDTH_MM : 0;
  const { font, sizePt } = item.style;
  return tools.wrap({ text: item.kind === 'text' ? item.text : item.title, font, sizePt, maxWidthMm: columnWidthMm(frame) - indentMm - reserveMm });
}

/** Height that must fit on the page together with a heading before `items[index]`. */
function leadHeightMm(items: FlowItem[], index: number, frame: PageFrame, tools: LayoutTools): number {
  const item = items[index];
  if (!item) return 0;
  switch (item.kind) {
    case 'text': {
      const lines = linesOf(item, frame, tools).length;
      const own = item.style.spaceBeforeMm + (item.keepWithNext || item.keepTogether ? lines : Math.min(lines, MIN_LINES)) * item.style.lineHeightMm;
      // A chain of items kept together counts the space between them too.
      return own + (item.keepWithNext ? item.style.spaceAfterMm + leadHeightMm(items, index + 1, frame, tools) : 0);
    }
    case 'table':
      return tableLeadMm(item, frame, tools);
    case 'toc':
      return item.style.lineHeightMm;
    case 'image':
      return item.heightMm;
    default:
      return 0;
  }
}

function placeText(item: TextItem, lead: number, cursor: PageCursor, tools: LayoutTools): void {
  const { style } = item;
  let lines = linesOf(item, cursor.frame, tools);
  let sources = item.links ? lineSources(item.text, lines) : [];
  const heightMm = lines.length * style.lineHeightMm;
  cursor.space(style.spaceBeforeMm);
  if (item.keepWithNext) cursor.ensure(heightMm + style.spaceAfterMm + lead);
  else if (item.keepTogether) cursor.ensure(heightMm);
  else cursor.ensure(Math.min(lines.length, MIN_LINES) * style.lineHeightMm);
  cursor.mark(item.anchor);
  const xMm = cursor.frame.leftMm + (item.indentMm ?? 0);
  let first = true;
  while (lines.length > 0) {
    const fits = Math.max(1, Math.floor((cursor.spaceLeftMm + 0.001) / style.lineHeightMm));
    let take = Math.min(lines.length, fits);
    if (take < lines.length && lines.length - take < MIN_LINES && take > MIN_LINES) take = lines.length - MIN_LINES;
    const chunk = lines.slice(0, take);
    if (item.badge) {
      const widthMm = Math.max(...chunk.map((line) => tools.measure.widthMm(line, style.font, style.sizePt)));
      cursor.place({ kind: 'rect', xMm: xMm - 1.2, yMm: cursor.yMm, widthMm: widthMm + 2.4, heightMm: chunk.length * style.lineHeightMm, color: item.badge });
    }
    if (item.accent) cursor.place({ kind: 'rect', xMm: cursor.frame.leftMm - 4, yMm: cursor.yMm, widthMm: 1.6, heightMm: chunk.length * style.lineHeightMm, color: item.accent });
    if (first && item.marker) {
      const top = cursor.yMm;
      cursor.placeLines([item.marker], style, xMm - 1.5 - tools.measure.widthMm(item.marker, style.font, style.sizePt), item.marker === BULLET ? null : { label: true });
      cursor.yMm = top;
    }
    if (item.links) placeLinkedLines({ lines: chunk, sources: sources.slice(0, take), links: item.links, continues: take < lines.length }, style, xMm, cursor, tools.measure);
    else cursor.placeLines(chunk, style, xMm);
    first = false;
    lines = lines.slice(take);
    sources = sources.slice(take);
    if (lines.length > 0) cursor.newPage();
  }
  cursor.yMm = Math.min(cursor.yMm + style.spaceAfterMm, cursor.frame.bottomMm);
}

function placeItem(items: FlowItem[], index: number, cursor: PageCursor, tools: LayoutTools): void {
  const item = items[index];
  if (!item) return;
  switch (item.kind) {
    case 'text':
      return placeText(item, leadHeightMm(items, index + 1, cursor.frame, tools), cursor, tools);
    case 'toc': {
      placeText({ kind: 'text', text: item.title, style: item.style, indentMm: item.level * 5, anchor: { id: `toc:${item.target}` } }, 0, cursor, tools);
      // The page number's place, filled in by placeTocNumbers once the pages are known.
      const { font, sizePt, lineHeightMm, color } = item.style;
      cursor.place({ kind: 'text', xMm: 0, baselineMm: 0, lines: [], font, sizePt, lineHeightMm, color });
      return;
    }
    case 'table':
      return placeTable(item, cursor, tools);
    case 'image':
      cursor.ensure(item.heightMm);
      cursor.place({ kind: 'image', image: item.image, xMm: cursor.frame.leftMm, yMm: cursor.yMm, widthMm: item.widthMm, heightMm: item.heightMm });
      cursor.yMm += item.heightMm;
      return;
    case 'space':
      return cursor.space(item.heightMm);
    case 'rule':
      cursor.place({ kind: 'rect', xMm: cursor.frame.leftMm, yMm: cursor.yMm, widthMm: columnWidthMm(cursor.frame), heightMm: 0.3, color: item.color });
      cursor.yMm += 0.3;
      return;
    case 'pageBreak':
      if (!cursor.atPageTop && (item.unlessRoomMm === undefined || cursor.spaceLeftMm < item.unlessRoomMm)) cursor.newPage();
      else if (!cursor.atPageTop) cursor.space(8);
      return;
    case 'band':
      cursor.place({ kind: 'rect', xMm: 0, yMm: cursor.yMm, widthMm: cursor.frame.widthMm, heightMm: item.heightMm, color: item.color });
      return;
    case 'swatches': {
      const widthMm = columnWidthMm(cursor.frame) / Math.max(1, item.colors.length);
      item.colors.forEach((color, position) => cursor.place({ kind: 'rect', xMm: cursor.frame.leftMm + position * widthMm, yMm: cursor.yMm, widthMm, heightMm: item.heightMm, color }));
      cursor.yMm += item.heightMm;
      return;
    }
    case 'moveTo': {
      const target = item.topMm ?? cursor.frame.bottomMm - (item.heightMm ?? 0);
      cursor.yMm = Math.min(Math.max(cursor.yMm, target), cursor.frame.bottomMm);
      return;
    }
  }
}

export function paginate(items: FlowItem[], frame: PageFrame, tools: LayoutTools): Layout {
  const cursor = new PageCursor(frame);
  for (let index = 0; index < items.length; index++) {
    const start = cursor.position;
    cursor.flowIndex = index;
    placeItem(items, index, cursor, tools);
    cursor.layout.spans.push({ start, end: cursor.position });
  }
  placeTocNumbers(items, cursor.layout, frame, tools.measure);
  return cursor.layout;
}
