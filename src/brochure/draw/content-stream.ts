/**
 * A page's drawing operators, written as PDF content-stream text (a string of byte values: text
 * strings hold the fonts' raw one- and two-byte codes). Written directly rather than
 * through pdf-lib's drawText, which adds a font resource per call and checks it against all
 * earlier ones; here each page names its two fonts once (F1, F2) and a paragraph is one text object.
 */
import type { Placed, PlacedImage, PlacedTag, PlacedText } from '../layout/placed.ts';
import { mmToPt, type Rgb } from '../units.ts';
import type { Encode } from './font-kit.ts';

export const FONT_KEYS = { regular: 'F1', bold: 'F2' } as const;
export const LOGO_KEY = 'Im1';

const n = (value: number): string => (Math.round(value * 100) / 100).toString();
const color = ([r, g, b]: Rgb): string => `${n(r)} ${n(g)} ${n(b)} rg`;

/**
 * The space a line ended at is drawn (invisibly) at its end, so text read from the page or the
 * structure tree keeps the words apart; a line that ends at a hyphen joins the next one.
 */
const withBreak = (line: string, more: boolean): string => (more && line !== '' && !line.endsWith('-') ? `${line} ` : line);

/** Gives a placed text or image its marked-content role and id (structure-tree.ts). */
export type Mark = (tag: PlacedTag, item: PlacedText | PlacedImage) => { role: string; mcid: number };

/**
 * Every text and image with a tag is marked content with an MCID, in drawing order; everything
 * else (header, footer, rules, colour) is an artifact, runs of them in one `/Artifact` section.
 */
export function pageOperators(items: Placed[], pageHeightMm: number, encode: Encode, mark: Mark): string {
  const out: string[] = [];
  const y = (mm: number) => n(mmToPt(pageHeightMm - mm));
  let inArtifact = false;
  // Colour, font and leading stay set across text objects: each is written only when it changes.
  const state = { color: '', font: '', leading: '' };
  const set = (key: keyof typeof state, operator: string): string => {
    if (state[key] === operator) return '';
    state[key] = operator;
    return `${operator} `;
  };
  for (const item of items) {
    if (item.kind === 'text' && item.lines.length === 0) continue;
    const tag = item.kind === 'rect' ? undefined : item.tag;
    if (tag) {
      const { role, mcid } = mark(tag, item as PlacedText | PlacedImage);
      if (inArtifact) out.push('EMC');
      out.push(`/${role}<</MCID ${mcid}>>BDC`);
      inArtifact = false;
    } else if (!inArtifact) {
      out.push('/Artifact BMC');
      inArtifact = true;
    }
    if (item.kind === 'rect') {
      out.push(`${set('color', color(item.color))}${n(mmToPt(item.xMm))} ${y(item.yMm + item.heightMm)} ${n(mmToPt(item.widthMm))} ${n(mmToPt(item.heightMm))} re f`);
    } else if (item.kind === 'image') {
      out.push(`q ${n(mmToPt(item.widthMm))} 0 0 ${n(mmToPt(item.heightMm))} ${n(mmToPt(item.xMm))} ${y(item.yMm + item.heightMm)} cm /${LOGO_KEY} Do Q`);
    } else {
      const lines = item.lines.map((line, index) => `(${encode(withBreak(line, index < item.lines.length - 1), item.font)}) Tj`).join(' T* ');
      const leading = item.lines.length > 1 ? set('leading', `${n(mmToPt(item.lineHeightMm))} TL`) : '';
      out.push(`BT ${set('color', color(item.color))}${set('font', `/${FONT_KEYS[item.font]} ${n(item.sizePt)} Tf`)}${leading}${n(mmToPt(item.xMm))} ${y(item.baselineMm)} Td ${lines} ET`);
    }
    if (tag) out.push('EMC');
  }
  if (inArtifact) out.push('EMC');
  return out.join('\n');
}
