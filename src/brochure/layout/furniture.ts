/** Header and footer on every page after the cover: the brochure's title, and `pagina N van M`. */
import type { TextStyle } from '../flow.ts';
import { ptToMm } from '../units.ts';
import type { TextMeasure } from './measure.ts';
import type { PageFrame } from './page-frame.ts';
import { baselineOffsetMm, type Layout, type PlacedText } from './placed.ts';

export interface Furniture {
  title: string;
  /** Left in the footer: the municipality. */
  footer: string;
  pageLabel: (page: number, pages: number) => string;
}

export function addFurniture(layout: Layout, frame: PageFrame, furniture: Furniture, style: TextStyle, measure: TextMeasure): void {
  const pages = layout.pages.length;
  const text = (xMm: number, topMm: number, line: string): PlacedText => ({
    kind: 'text', xMm, baselineMm: topMm + baselineOffsetMm(style.lineHeightMm, ptToMm(style.sizePt)), lines: [line],
    font: style.font, sizePt: style.sizePt, lineHeightMm: style.lineHeightMm, color: style.color,
  });
  const headerTop = frame.topMm - 12;
  const footerTop = frame.bottomMm + 8;
  layout.pages.forEach((page, index) => {
    if (index === 0) return;
    const label = furniture.pageLabel(index + 1, pages);
    page.items.unshift(
      text(frame.leftMm, headerTop, furniture.title),
      { kind: 'rect', xMm: frame.leftMm, yMm: headerTop + style.lineHeightMm + 1, widthMm: frame.rightMm - frame.leftMm, heightMm: 0.2, color: style.color },
    );
    page.items.push(text(frame.leftMm, footerTop, furniture.footer), text(frame.rightMm - measure.widthMm(label, style.font, style.sizePt), footerTop, label));
  });
}
