/**
 * Page numbers of the table of contents. The contents come before the pages they list, so its
 * lines are laid out first (their height never depends on the numbers), each followed by an empty
 * text that the number fills afterwards: so it is drawn, and read, right after its line.
 */
import type { FlowItem } from '../flow.ts';
import { ptToMm } from '../units.ts';
import type { TextMeasure } from './measure.ts';
import type { PageFrame } from './page-frame.ts';
import { baselineOffsetMm, type Layout } from './placed.ts';

/** Room kept free right of a contents line for its page number. */
export const TOC_NUMBER_WIDTH_MM = 14;

export function placeTocNumbers(items: FlowItem[], layout: Layout, frame: PageFrame, measure: TextMeasure): void {
  items.forEach((item, flow) => {
    if (item.kind !== 'toc') return;
    const line = layout.anchors.get(`toc:${item.target}`);
    const target = layout.anchors.get(item.target);
    const span = layout.spans[flow];
    const placeholder = span && layout.pages[span.end.page]?.items[span.end.item - 1];
    if (!line || !target || placeholder?.kind !== 'text') return;
    const number = String(target.page + 1);
    const { style } = item;
    Object.assign(placeholder, {
      xMm: frame.rightMm - measure.widthMm(number, style.font, style.sizePt),
      baselineMm: line.yMm + baselineOffsetMm(style.lineHeightMm, ptToMm(style.sizePt)),
      lines: [number],
    });
  });
}
