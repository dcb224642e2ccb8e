/**
 * A page's drawing operators, written as PDF content-stream text (a string of byte values: text
 * strings hold the fonts' raw one- and two-byte codes). Written directly rather than
 * through pdf-lib's drawText, which adds a font resource per call and checks it against all
 * earlier ones; here each page names its two fonts once (F1, F2) and a paragraph is one text object.
 */
import { memoize } from '../../core/cache/memoize.ts';
import { endsInHyphen } from '../layout/soft-hyphen.ts';
import type { Placed, PlacedImage, PlacedRect, PlacedTag, PlacedText } from '../layout/placed.ts';
import { mmToPt, roundPt, type Rgb } from '../units.ts';
import type { Encode } from './font-kit.ts';

export const FONT_KEYS = { regular: 'F1', bold: 'F2' } as const;
export const LOGO_KEY = 'Im1';

/**
 * Every number is written to two decimals, and the same few recur on every page (margins, moves,
 * leading, sizes): each one's text is made once, looked up by its whole hundredths.
 */
const numberText = memoize((hundredths: number) => (hundredths / 100).toString());
const n = (value: number): string => numberText(Math.round(value * 100));
/** Colours are the styles' own few arrays: each one's operator is written once. */
const colorOperators = new WeakMap<Rgb, string>();
function color(rgb: Rgb): string {
  let operator = colorOperators.get(rgb);
  if (operator === undefined) colorOperators.set(rgb, (operator = `${n(rgb[0])} ${n(rgb[1])} ${n(rgb[2])} rg`));
  return operator;
}

/** Whether text going on after this line needs a space to keep the words apart: not after a hyphen (the word goes on) or a space. */
const wantsSpaceAfter = (line: string): boolean => line !== '' && !endsInHyphen(line) && !line.endsWith(' ');

/**
 * The space a line ended at is drawn (invisibly) at its end, so text read from the page or the
 * structure tree keeps the words apart; a line that ends at a hyphen joins the next one. Encoded
 * apart from the line, so the line's own encoding is found in the font's cache.
 */
function encodeLine(line: string, more: boolean, font: PlacedText['font'], encode: Encode): string {
  const encoded = encode(line, font);
  return more && wantsSpaceAfter(line) ? encoded + encode(' ', font) : encoded;
}

/**
 * Gives a placed text or image its marked-content role and id (structure-tree.ts); `joinable` when
 * the piece drawn just before is marked content still open, which the same id may continue.
 * `spaceBefore` when the piece goes on with the text of the element drawn just before.
 */
export type Mark = (tag: PlacedTag, item: PlacedText | PlacedImage, joinable: boolean) => { role: string; mcid: number; spaceBefore: boolean };

/** Rectangles (rules, bands, badges, bars) are drawn before everything else: they are artifacts, behind the text. */
function rectangles(items: Placed[], pageHeightMm: number, setColor: (rgb: Rgb) => string, tagged: boolean): string[] {
  const rects = items.filter((item): item is PlacedRect => item.kind === 'rect');
  if (rects.length === 0) return [];
  const y = (mm: number) => n(mmToPt(pageHeightMm - mm));
  const drawn = rects.map((rect) => `${setColor(rect.color)}${n(mmToPt(rect.xMm))} ${y(rect.yMm + rect.heightMm)} ${n(mmToPt(rect.widthMm))} ${n(mmToPt(rect.heightMm))} re f`);
  return tagged ? ['/Artifact BMC', ...drawn, 'EMC'] : drawn;
}

/**
 * Every text and image with a tag is marked content with an MCID, in drawing order; everything
 * else (header, footer, rules, colour) is an artifact, runs of them in one `/Artifact` section.
 * The page's texts share one text object (closed only around an image) and each moves from where
 * the last one's last line began: table cells and lines repeat the same few moves, which deflate
 * compresses far better than every text's own position.
 *
 * Without `mark` the page is drawn untagged, with no marked content at all: only to measure what
 * tagging costs (`npm run bench:brochures`), on the very same operators otherwise.
 */
export function pageOperators(items: Placed[], pageHeightMm: number, encode: Encode, mark: Mark | undefined): string {
  // Colour, font and leading stay set across text objects: each is written only when it changes.
  const state = { color: '', font: '', leading: '' };
  const set = (key: keyof typeof state, operator: string): string => {
    if (state[key] === operator) return '';
    state[key] = operator;
    return `${operator} `;
  };
  const setColor = (rgb: Rgb) => set('color', color(rgb));
  const out = rectangles(items, pageHeightMm, setColor, mark !== undefined);
  /** The start of the current line in the open text object, in points; undefined outside one. */
  let line: { x: number; y: number } | undefined;
  /**
   * The marked content open: a tagged piece's MCID, or a run of artifacts. Each is closed only
   * when the next piece is not part of it.
   */
  let open: number | 'artifact' | undefined;
  /** The last line of text drawn, and its font. */
  let lastText: { line: string; font: PlacedText['font'] } | undefined;
  for (const item of items) {
    if (item.kind === 'rect' || (item.kind === 'text' && item.lines.length === 0)) continue;
    if (!mark) {
      // Untagged: no marked content.
    } else if (item.tag) {
      const { role, mcid, spaceBefore } = mark(item.tag, item, typeof open === 'number');
      // The same element goes on in another place (a fact's value after its label, a cell's next
      // line, a contents line's page number): a space, drawn where the last text ended and marked
      // with it, keeps the words apart for whoever reads the text.
      if (spaceBefore && lastText && wantsSpaceAfter(lastText.line)) out.push(`(${encode(' ', lastText.font)})Tj`);
      if (mcid !== open) {
        if (open !== undefined) out.push('EMC');
        out.push(`/${role}<</MCID ${mcid}>>BDC`);
        open = mcid;
      }
    } else if (open !== 'artifact') {
      if (open !== undefined) out.push('EMC');
      out.push('/Artifact BMC');
      open = 'artifact';
    }
    if (item.kind === 'image') {
      if (line) out.push('ET');
      line = undefined;
      out.push(`q ${n(mmToPt(item.widthMm))} 0 0 ${n(mmToPt(item.heightMm))} ${n(mmToPt(item.xMm))} ${n(mmToPt(pageHeightMm - item.yMm - item.heightMm))} cm /${LOGO_KEY} Do Q`);
    } else {
      const x = roundPt(mmToPt(item.xMm));
      const y = roundPt(mmToPt(pageHeightMm - item.baselineMm));
      const from = line ?? { x: 0, y: 0 };
      const leading = roundPt(mmToPt(item.lineHeightMm));
      const lines = item.lines.map((text, index) => `(${encodeLine(text, index < item.lines.length - 1, item.font, encode)})${index === 0 ? 'Tj' : "'"}`).join(' ');
      const setLeading = item.lines.length > 1 ? set('leading', `${n(leading)} TL`) : '';
      out.push(`${line ? '' : 'BT '}${setColor(item.color)}${set('font', `/${FONT_KEYS[item.font]} ${n(item.sizePt)} Tf`)}${setLeading}${n(x - from.x)} ${n(y - from.y)} Td ${lines}`);
      line = { x, y: roundPt(y - (item.lines.length - 1) * leading) };
      lastText = { line: item.lines.at(-1) ?? '', font: item.font };
    }
  }
  if (open !== undefined) out.push('EMC');
  if (line) out.push('ET');
  return out.join('\n');
}
