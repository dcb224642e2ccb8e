/**
 * Where a link annotation goes on its page: the box of the printed address, for a cell that is an
 * address (its target from addresses.ts) and for a link in running text (`TextItem.links`, drawn
 * in pieces by layout/link-pieces.ts); and a figure's box.
 */
import type { PlacedText } from '../layout/placed.ts';
import type { TextMeasure } from '../layout/measure.ts';
import { mmToPt, ptToMm, roundPt } from '../units.ts';

/** A placed box (from the page's top left, in millimetres) in PDF points: `[left, bottom, right, top]`. */
export const pdfBox = (box: { xMm: number; yMm: number; widthMm: number; heightMm: number }, pageHeightMm: number): number[] =>
  [mmToPt(box.xMm), mmToPt(pageHeightMm - box.yMm - box.heightMm), mmToPt(box.xMm + box.widthMm), mmToPt(pageHeightMm - box.yMm)].map(roundPt);

/** The printed text's box in PDF points (from the page's bottom left): `[left, bottom, right, top]`. */
export function textBox(item: PlacedText, measure: TextMeasure, pageHeightMm: number): number[] {
  const widthMm = Math.max(...item.lines.map((line) => measure.widthMm(line, item.font, item.sizePt)));
  const topMm = item.baselineMm - ptToMm(item.sizePt) * 0.8 - 0.5;
  const bottomMm = item.baselineMm + (item.lines.length - 1) * item.lineHeightMm + ptToMm(item.sizePt) * 0.25 + 0.5;
  return pdfBox({ xMm: item.xMm, yMm: topMm, widthMm, heightMm: bottomMm - topMm }, pageHeightMm);
}
