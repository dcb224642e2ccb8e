/**
 * A page's drawing operators, written as PDF content-stream text (a string of byte values: text
 * strings hold the fonts' raw one- and two-byte codes). Written directly rather than
 * through pdf-lib's drawText, which adds a font resource per call and checks it against all
 * earlier ones; here each page names its two fonts once (F1, F2) and a paragraph is one text object.
 */
import type { Placed } from '../layout/placed.ts';
import { mmToPt, type Rgb } from '../units.ts';
import type { Encode } from './font-kit.ts';

export const FONT_KEYS = { regular: 'F1', bold: 'F2' } as const;
export const LOGO_KEY = 'Im1';

const n = (value: number): string => (Math.round(value * 100) / 100).toString();
const color = ([r, g, b]: Rgb): string => `${n(r)} ${n(g)} ${n(b)} rg`;

export function pageOperators(items: Placed[], pageHeightMm: number, encode: Encode): string {
  const out: string[] = [];
  const y = (mm: number) => n(mmToPt(pageHeightMm - mm));
  for (const item of items) {
    if (item.kind === 'rect') {
      out.push(`${color(item.color)} ${n(mmToPt(item.xMm))} ${y(item.yMm + item.heightMm)} ${n(mmToPt(item.widthMm))} ${n(mmToPt(item.heightMm))} re f`);
    } else if (item.kind === 'image') {
      out.push(`q ${n(mmToPt(item.widthMm))} 0 0 ${n(mmToPt(item.heightMm))} ${n(mmToPt(item.xMm))} ${y(item.yMm + item.heightMm)} cm /${LOGO_KEY} Do Q`);
    } else {
      const lines = item.lines.map((line) => `(${encode(line, item.font)}) Tj`).join(' T* ');
      out.push(`BT ${color(item.color)} /${FONT_KEYS[item.font]} ${n(item.sizePt)} Tf ${n(mmToPt(item.lineHeightMm))} TL ${n(mmToPt(item.xMm))} ${y(item.baselineMm)} Td ${lines} ET`);
    }
  }
  return out.join('\n');
}
