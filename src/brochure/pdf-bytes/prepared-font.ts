/**
 * A TrueType font as the PDF objects of a Type0 font. What every brochure shares is built once:
 * the codes, the encoding and ToUnicode maps (compressed), the widths and the font's tables.
 * Each brochure then embeds the font file with only the outlines of the glyphs it draws
 * (keep-glyphs.ts), and the widths of those glyphs.
 *
 * The encoding is our own CMap with codes of one or two bytes: characters U+0020-U+00FF (nearly
 * all of Dutch text) are one byte, their own code point; any other glyph is two bytes, 0x0100 plus
 * its glyph id: the first byte (0x01-0x1F) never starts a one-byte code, and no two-byte code has
 * the value of a one-byte one (poppler keys ToUnicode by the code's value alone). Text costs one
 * byte a character instead of Identity-H's two, and the content streams compress about a fifth smaller.
 */
import { PDFName, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { Compress } from './write-pdf.ts';
import { keepGlyphs, readGlyphTables, type GlyphTables } from './keep-glyphs.ts';

type FontkitFont = ReturnType<Parameters<PDFDocument['registerFontkit']>[0]['create']>;

/** Two-byte codes are 0x0100 + glyph id, up to 0x1FFF: their first byte stays below the one-byte codes (0x20). */
const TWO_BYTE_BASE = 0x100;
export const MAX_TWO_BYTE_GLYPH = 0x1fff - TWO_BYTE_BASE;

export interface PreparedFont {
  baseName: string;
  /** The code (one or two bytes, as a string of byte values) of every character the font has. */
  codes: Map<number, string>;
  /** The glyph id of every character the font has. */
  glyphs: Map<number, number>;
  glyphCount: number;
  encoding: { bytes: Uint8Array; deflated: boolean };
  /** The font file's tables, from which each brochure keeps the glyphs it draws. */
  file: GlyphTables;
  compress: Compress | undefined;
  toUnicode: { bytes: Uint8Array; deflated: boolean };
  /** Advance of each glyph in thousandths of an em, by glyph id. */
  widths: Map<number, number>;
  descriptor: Record<string, number | number[]>;
}

const hex4 = (value: number): string => value.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(codePoint: number): string {
  if (codePoint <= 0xffff) return hex4(codePoint);
  const offset = codePoint - 0x10000;
  return hex4(0xd800 + (offset >> 10)) + hex4(0xdc00 + (offset & 0x3ff));
}

const ONE_BYTE = { first: 0x20, last: 0xff };
const hex2 = (value: number): string => value.toString(16).toUpperCase().padStart(2, '0');
const codeHex = (code: string): string => [...code].map((byte) => hex2(byte.charCodeAt(0))).join('');
const CODESPACE = ['2 begincodespacerange', '<20> <FF>', '<0100> <1FFF>', 'endcodespacerange'];

/** `begin…` / `end…` blocks of at most 100 entries, as CMaps require. */
function blocks(name: string, entries: string[]): string[] {
  const out: string[] = [];
  for (let start = 0; start < entries.length; start += 100) {
    const chunk = entries.slice(start, start + 100);
    out.push(`${chunk.length} begin${name}`, ...chunk, `end${name}`);
  }
  return out;
}

/** One-byte codes whose targets (glyph ids, or code points) run on by one, as [first code, last code, first target]. */
function runs(pairs: [code: number, target: number][]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [code, target] of pairs) {
    const last = out.at(-1);
    if (last && code === last[1] + 1 && target === last[2] + code - last[0]) last[1] = code;
    else out.push([code, code, target]);
  }
  return out;
}

function cmapFile(name: string, type: 1 | 2, ordering: string, body: string[]): string {
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    `/CIDSystemInfo << /Registry (Adobe) /Ordering (${ordering}) /Supplement 0 >> def`,
    `/CMapName /${name} def`,
    `/CMapType ${type} def`,
    ...CODESPACE,
    ...body,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

export function prepareFont(font: FontkitFont, bytes: Uint8Array, compress: Compress | undefined): PreparedFont {
  const scale = 1000 / font.unitsPerEm;
  const baseName = (font.postscriptName ?? 'Font').replace(/[^\w-]/g, '');
  // 1. Each character's glyph and code; a shared glyph keeps the first character for ToUnicode.
  const codes = new Map<number, string>();
  const glyphOf = new Map<number, number>();
  const glyphs = new Map<number, { codePoint: number; width: number }>();
  const oneByte: [code: number, glyph: number][] = [];
  const toUnicode: string[] = [];
  const mapped = new Set<string>();
  for (const codePoint of [...font.characterSet].sort((a, b) => a - b)) {
    const glyph = font.glyphForCodePoint(codePoint);
    if (glyph.id === 0 || glyph.id > MAX_TWO_BYTE_GLYPH) continue;
    if (!glyphs.has(glyph.id)) glyphs.set(glyph.id, { codePoint, width: Math.round(glyph.advanceWidth * scale) });
    const single = codePoint >= ONE_BYTE.first && codePoint <= ONE_BYTE.last;
    const code = single ? String.fromCharCode(codePoint) : String.fromCharCode((TWO_BYTE_BASE + glyph.id) >> 8, (TWO_BYTE_BASE + glyph.id) & 0xff);
    if (single) oneByte.push([codePoint, glyph.id]);
    else if (!mapped.has(code)) toUnicode.push(`<${codeHex(code)}> <${utf16Hex(codePoint)}>`);
    mapped.add(code);
    codes.set(codePoint, code);
    glyphOf.set(codePoint, glyph.id);
  }
  // 2. Both maps, compressed once.
  const encoder = new TextEncoder();
  // A one-byte code is its own code point, so its ToUnicode entries run as far as its glyph entries.
  const singleRuns = runs(oneByte);
  const cidRanges = ['<0100> <1FFF> 0', ...singleRuns.map(([first, last, glyph]) => `<${hex2(first)}> <${hex2(last)}> ${glyph}`)];
  const unicodeRanges = runs(oneByte.map(([code]) => [code, code])).map(([first, last]) => `<${hex2(first)}> <${hex2(last)}> <${hex4(first)}>`);
  const encoding = encoder.encode(cmapFile(`${baseName}-Aanbodgids`, 1, 'Identity', blocks('cidrange', cidRanges)));
  const unicode = encoder.encode(cmapFile(`${baseName}-UCS`, 2, 'UCS', [...blocks('bfrange', unicodeRanges), ...blocks('bfchar', toUnicode)]));
  const packed = (data: Uint8Array) => ({ bytes: compress ? compress(data) : data, deflated: Boolean(compress) });
  const { bbox } = font;
  return {
    baseName,
    codes,
    glyphs: glyphOf,
    glyphCount: font.numGlyphs,
    encoding: packed(encoding),
    file: readGlyphTables(bytes),
    compress,
    toUnicode: packed(unicode),
    widths: new Map([...glyphs].map(([id, { width }]) => [id, width])),
    descriptor: {
      // Non-symbolic: the font's glyphs are Latin and Cyrillic letters in their standard encoding.
      Flags: 32,
      FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((value) => Math.round(value * scale)),
      ItalicAngle: font.italicAngle,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round((font.capHeight || font.ascent) * scale),
      XHeight: Math.round((font.xHeight || 0) * scale),
      StemV: 0,
    },
  };
}

function streamOf(doc: PDFDocument, data: { bytes: Uint8Array; deflated: boolean }, extra: Record<string, number> = {}): PDFRef {
  const stream = data.deflated ? doc.context.stream(data.bytes, { Filter: 'FlateDecode', ...extra }) : doc.context.flateStream(data.bytes, extra);
  return doc.context.register(stream);
}

/** The W array for the glyphs drawn: first glyph id, then the widths of consecutive glyphs (CID = glyph id). */
function widthsOf(font: PreparedFont, ids: number[]): (number | number[])[] {
  const widths: (number | number[])[] = [];
  let run: number[] = [];
  ids.forEach((id, index) => {
    if (index === 0 || id !== (ids[index - 1] ?? 0) + 1) {
      if (run.length > 0) widths.push(run);
      widths.push(id);
      run = [];
    }
    run.push(font.widths.get(id) ?? 0);
  });
  if (run.length > 0) widths.push(run);
  return widths;
}

/**
 * The six capital letters a subset font's name starts with (PDF 32000, 9.6.4), from the glyphs
 * it holds: the same glyphs give the same name, so the same brochure gives the same bytes.
 */
function subsetTag(ids: number[]): string {
  let hash = 0x811c9dc5;
  for (const id of ids) hash = Math.imul(hash ^ id, 0x01000193) >>> 0;
  let tag = '';
  for (let letter = 0; letter < 6; letter++, hash = Math.floor(hash / 26)) tag += String.fromCharCode(65 + (hash % 26));
  return tag;
}

/**
 * Registers the font in a document as the Type0 font `ref` (reserved when the pages were
 * started), holding the outlines and widths of the glyphs `drawn` marks.
 */
export function embedPreparedFont(doc: PDFDocument, font: PreparedFont, ref: PDFRef, drawn: Uint8Array): void {
  const { context } = doc;
  const ids = Array.from(drawn.keys()).filter((id) => drawn[id]);
  const name = `${subsetTag(ids)}+${font.baseName}`;
  const file = keepGlyphs(font.file, ids);
  const fontFile = streamOf(doc, { bytes: font.compress ? font.compress(file) : file, deflated: Boolean(font.compress) }, { Length1: file.length });
  const descriptor = context.register(context.obj({ Type: 'FontDescriptor', FontName: name, ...font.descriptor, FontFile2: fontFile }));
  const cidSystemInfo = { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 };
  const cidFont = context.register(
    context.obj({ Type: 'Font', Subtype: 'CIDFontType2', BaseFont: name, CIDSystemInfo: cidSystemInfo, FontDescriptor: descriptor, W: widthsOf(font, ids), CIDToGIDMap: PDFName.of('Identity') }),
  );
  const encodingDict = { Type: 'CMap', CMapName: `${font.baseName}-Aanbodgids`, CIDSystemInfo: cidSystemInfo };
  const encoding = context.register(
    font.encoding.deflated ? context.stream(font.encoding.bytes, { ...encodingDict, Filter: 'FlateDecode' }) : context.flateStream(font.encoding.bytes, encodingDict),
  );
  context.assign(ref, context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: encoding, DescendantFonts: [cidFont], ToUnicode: streamOf(doc, font.toUnicode) }));
}
