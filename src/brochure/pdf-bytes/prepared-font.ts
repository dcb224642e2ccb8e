/**
 * A TrueType font as the PDF objects of a Type0 font. What every brochure shares is built once:
 * the codes, the encoding and ToUnicode maps (cmap.ts, compressed), the widths and the font's
 * tables. Each brochure then embeds the font file with only the outlines of the glyphs it draws
 * (keep-glyphs.ts), and the widths of those glyphs.
 */
import { PDFName, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { codeOf, encodingCMap, encodingName, isOneByte, MAX_TWO_BYTE_GLYPH, toUnicodeCMap } from './cmap.ts';
import { keepGlyphs, readGlyphTables, type GlyphTables } from './keep-glyphs.ts';
import type { Compress } from './write-pdf.ts';

type FontkitFont = ReturnType<Parameters<PDFDocument['registerFontkit']>[0]['create']>;

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

/** Each character's code and glyph, and what the two CMaps list; a shared glyph keeps its first character for ToUnicode. */
function fontCodes(font: FontkitFont, scale: number) {
  const codes = new Map<number, string>();
  const glyphOf = new Map<number, number>();
  const widths = new Map<number, number>();
  const oneByte: [code: number, glyph: number][] = [];
  const twoByte: [code: string, codePoint: number][] = [];
  const mapped = new Set<string>();
  for (const codePoint of [...font.characterSet].sort((a, b) => a - b)) {
    const glyph = font.glyphForCodePoint(codePoint);
    if (glyph.id === 0 || glyph.id > MAX_TWO_BYTE_GLYPH) continue;
    if (!widths.has(glyph.id)) widths.set(glyph.id, Math.round(glyph.advanceWidth * scale));
    const code = codeOf(codePoint, glyph.id);
    if (isOneByte(codePoint)) oneByte.push([codePoint, glyph.id]);
    else if (!mapped.has(code)) twoByte.push([code, codePoint]);
    mapped.add(code);
    codes.set(codePoint, code);
    glyphOf.set(codePoint, glyph.id);
  }
  return { codes, glyphOf, widths, oneByte, twoByte };
}

/** The font descriptor's metrics, in thousandths of an em. */
function descriptorOf(font: FontkitFont, scale: number): Record<string, number | number[]> {
  const { bbox } = font;
  return {
    // Non-symbolic: the font's glyphs are Latin and Cyrillic letters in their standard encoding.
    Flags: 32,
    FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((value) => Math.round(value * scale)),
    ItalicAngle: font.italicAngle,
    Ascent: Math.round(font.ascent * scale),
    Descent: Math.round(font.descent * scale),
    CapHeight: Math.round((font.capHeight || font.ascent) * scale),
    XHeight: Math.round((font.xHeight || 0) * scale),
    StemV: 0,
  };
}

export function prepareFont(font: FontkitFont, bytes: Uint8Array, compress: Compress | undefined): PreparedFont {
  const scale = 1000 / font.unitsPerEm;
  const baseName = (font.postscriptName ?? 'Font').replace(/[^\w-]/g, '');
  const { codes, glyphOf, widths, oneByte, twoByte } = fontCodes(font, scale);
  // Both maps are compressed once, for every brochure.
  const encoder = new TextEncoder();
  const packed = (text: string) => {
    const data = encoder.encode(text);
    return { bytes: compress ? compress(data) : data, deflated: Boolean(compress) };
  };
  return {
    baseName,
    codes,
    glyphs: glyphOf,
    glyphCount: font.numGlyphs,
    encoding: packed(encodingCMap(baseName, oneByte)),
    file: readGlyphTables(bytes),
    compress,
    toUnicode: packed(toUnicodeCMap(baseName, oneByte, twoByte)),
    widths,
    descriptor: descriptorOf(font, scale),
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
  const encodingDict = { Type: 'CMap', CMapName: encodingName(font.baseName), CIDSystemInfo: cidSystemInfo };
  const encoding = context.register(
    font.encoding.deflated ? context.stream(font.encoding.bytes, { ...encodingDict, Filter: 'FlateDecode' }) : context.flateStream(font.encoding.bytes, encodingDict),
  );
  context.assign(ref, context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: encoding, DescendantFonts: [cidFont], ToUnicode: streamOf(doc, font.toUnicode) }));
}
