/**
 * Header and footer on every page after the cover: the brochure's title left and the section the
 * page belongs to right ("Het aanbod in detail · Rots en water"), the municipality and
 * `pagina N van M` at the foot.
 */
import type { TextStyle } from '../flow.ts';
import { ptToMm } from '../units.ts';
import type { TextMeasure } from './measure.ts';
import type { PageFrame } from './page-frame.ts';
import { baselineOffsetMm, type Layout, type OutlineEntry, type PlacedText } from './placed.ts';

export interface Furniture {
  title: string;
  /** Left in the footer: the municipality. */
  footer: string;
  pageLabel: (page: number, pages: number) => string;
}

/** A heading this close under the column's top names the page it starts. */
const HEADING_AT_TOP_MM = 15;
const GAP_MM = 8;

/** Per page: the section and its deepest sub-heading that the page's top belongs to. */
function runningHeads(layout: Layout, frame: PageFrame): string[] {
  const heads: string[] = [];
  let index = 0;
  let path: OutlineEntry[] = [];
  layout.pages.forEach((_, page) => {
    const entries = layout.outline;
    while (index < entries.length && (entries[index]!.page < page || (entries[index]!.page === page && entries[index]!.yMm <= frame.topMm + HEADING_AT_TOP_MM))) {
      const entry = entries[index]!;
      path = [...path.filter((open) => open.level < entry.level), entry];
      index++;
    }
    const [section, ...below] = path;
    const deepest = below.at(-1);
    heads.push(section ? (deepest ? `${section.title} · ${deepest.title}` : section.title) : '');
  });
  return heads;
}

function fitted(text: string, widthMm: number, style: TextStyle, measure: TextMeasure): string {
  if (measure.widthMm(text, style.font, style.sizePt) <= widthMm) return text;
  let cut = text;
  while (cut.length > 1 && measure.widthMm(`${cut}…`, style.font, style.sizePt) > widthMm) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export function addFurniture(layout: Layout, frame: PageFrame, furniture: Furniture, style: TextStyle, measure: TextMeasure): void {
  const pages = layout.pages.length;
  const heads = runningHeads(layout, frame);
  const widthOf = (line: string) => measure.widthMm(line, style.font, style.sizePt);
  const text = (xMm: number, topMm: number, line: string, font = style.font): PlacedText => ({
    kind: 'text', xMm, baselineMm: topMm + baselineOffsetMm(style.lineHeightMm, ptToMm(style.sizePt)), lines: [line],
    font, sizePt: style.sizePt, lineHeightMm: style.lineHeightMm, color: style.color,
  });
  const headerTop = frame.topMm - 12;
  const footerTop = frame.bottomMm + 8;
  const columnMm = frame.rightMm - frame.leftMm;
  layout.pages.forEach((page, index) => {
    if (index === 0) return;
    const label = furniture.pageLabel(index + 1, pages);
    const head = heads[index] ?? '';
    const title = fitted(furniture.title, head ? columnMm * 0.45 : columnMm, style, measure);
    const section = head && fitted(head, columnMm - widthOf(title) - GAP_MM, style, measure);
    page.items.unshift(
      text(frame.leftMm, headerTop, title),
      ...(section ? [text(frame.rightMm - widthOf(section), headerTop, section)] : []),
      { kind: 'rect', xMm: frame.leftMm, yMm: headerTop + style.lineHeightMm + 1, widthMm: columnMm, heightMm: 0.2, color: style.color },
    );
    page.items.push(text(frame.leftMm, footerTop, furniture.footer), text(frame.rightMm - widthOf(label), footerTop, label));
  });
}
