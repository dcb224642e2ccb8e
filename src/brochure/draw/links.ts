/**
 * Web and e-mail addresses that fill a table cell (a provider's website and e-mail, the project
 * team's e-mail) become links: a `Link` element in the cell, with a link annotation over the
 * printed address. Links in running text come from the flow (`TextItem.links`, drawn in pieces by
 * layout/link-pieces.ts); their boxes are measured here too.
 */
import type { PlacedText } from '../layout/placed.ts';
import type { TextMeasure } from '../layout/measure.ts';
import { mmToPt, ptToMm } from '../units.ts';

const EMAIL = /^[^\s@()<>]+@[^\s@()<>]+\.[a-z]{2,}$/i;
const WEB = /^(https?:\/\/|www\.)[^\s<>]+$/i;

/** The address a cell's text points to, or undefined when the text is not just an address. */
export function linkTarget(text: string): string | undefined {
  const address = text.trim();
  if (EMAIL.test(address)) return `mailto:${address}`;
  if (WEB.test(address)) return address.startsWith('www.') ? `https://${address}` : address;
  return undefined;
}

const round = (pt: number) => Math.round(pt * 100) / 100;

/** A placed box (from the page's top left, in millimetres) in PDF points: `[left, bottom, right, top]`. */
export const pdfBox = (box: { xMm: number; yMm: number; widthMm: number; heightMm: number }, pageHeightMm: number): number[] =>
  [mmToPt(box.xMm), mmToPt(pageHeightMm - box.yMm - box.heightMm), mmToPt(box.xMm + box.widthMm), mmToPt(pageHeightMm - box.yMm)].map(round);

/** The printed text's box in PDF points (from the page's bottom left): `[left, bottom, right, top]`. */
export function textBox(item: PlacedText, measure: TextMeasure, pageHeightMm: number): number[] {
  const widthMm = Math.max(...item.lines.map((line) => measure.widthMm(line, item.font, item.sizePt)));
  const topMm = item.baselineMm - ptToMm(item.sizePt) * 0.8 - 0.5;
  const bottomMm = item.baselineMm + (item.lines.length - 1) * item.lineHeightMm + ptToMm(item.sizePt) * 0.25 + 0.5;
  return pdfBox({ xMm: item.xMm, yMm: topMm, widthMm, heightMm: bottomMm - topMm }, pageHeightMm);
}
