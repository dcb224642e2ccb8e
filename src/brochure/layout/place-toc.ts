/**
 * Page numbers of the table of contents. The contents come before the pages they list, so its
 * lines are laid out first (their height never depends on the numbers) and numbered afterwards.
 */
import type { FlowItem } from '../flow.ts';
import { ptToMm } from '../units.ts';
import type { TextMeasure } from './measure.ts';
import type { PageFrame } from './page-frame.ts';
import { baselineOffsetMm, type Layout } from './placed.ts';

/** Room kept free right of a contents line for its page number. */
export const TOC_NUMBER_WIDTH_MM = 14;

export function placeTocNumbers(items: FlowItem[], layout: Layout, frame: PageFrame, measure: TextMeasure): void {
  for (const item of items) {
    if (item.kind !== 'toc') continue;
    const line = layout.anchors.get(`toc:${item.target}`);
    const target = layout.anchors.get(item.target);
    if (!line || !target) continue;
    const number = String(target.page + 1);
    const { style } = item;
    layout.pages[line.page]?.items.push({
      kind: 'text',
      xMm: frame.rightMm - measure.widthMm(number, style.font, style.sizePt),
      baselineMm: line.yMm + baselineOffsetMm(style.lineHeightMm, ptToMm(style.sizePt)),
      lines: [number],
      font: style.font,
      sizePt: style.sizePt,
      lineHeightMm: style.lineHeightMm,
      color: style.color,
    });
  }
}
