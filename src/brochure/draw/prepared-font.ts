/**
 * A TrueType font as the PDF objects of a Type0 font with Identity-H encoding (glyph id = code),
 * built once and registered in every brochure as they are: the font file and the ToUnicode map
 * already compressed, the widths already listed. Every glyph of the (build-subset) font is in.
 */
import { PDFName, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { Compress } from './font-kit.ts';

type FontkitFont = ReturnType<Parameters<PDFDocument['registerFontkit']>[0]['create']>;

export interface PreparedFont {
  baseName: string;
  /** The font file, deflated when a compressor was given. */
  file: { bytes: Uint8Array; deflated: boolean; length: number };
  toUnicode: { bytes: Uint8Array; deflated: boolean };
  /** The W array: first glyph id, then the widths of consecutive glyphs. */
  widths: (number | number[])[];
  descriptor: Record<string, number | number[]>;
}

const hex4 = (value: number): string => value.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(codePoint: number): string {
  if (codePoint <= 0xffff) return hex4(codePoint);
  const offset = codePoint - 0x10000;
  return hex4(0xd800 + (offset >> 10)) + hex4(0xdc00 + (offset & 0x3ff));
}

/** Glyph id to Unicode, so text can be copied and extracted. */
function toUnicodeCmap(pairs: [glyph: number, codePoint: number][]): string {
  const chunks: string[] = [];
  for (let start = 0; start < pairs.length; start += 100) {
    const chunk = pairs.slice(start, start + 100);
    chunks.push(`${chunk.length} beginbfchar\n${chunk.map(([glyph, codePoint]) => `<${hex4(glyph)}> <${utf16Hex(codePoint)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000><ffff>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

export function prepareFont(font: FontkitFont, bytes: Uint8Array, compress: Compress | undefined): PreparedFont {
  const scale = 1000 / font.unitsPerEm;
  // 1. Which glyph each character uses (the first character wins for shared glyphs).
  const glyphs = new Map<number, { codePoint: number; width: number }>();
  for (const codePoint of font.characterSet) {
    const glyph = font.glyphForCodePoint(codePoint);
    if (glyph.id !== 0 && !glyphs.has(glyph.id)) glyphs.set(glyph.id, { codePoint, width: Math.round(glyph.advanceWidth * scale) });
  }
  const ids = [...glyphs.keys()].sort((a, b) => a - b);
  // 2. Widths in runs of consecutive glyph ids.
  const widths: (number | number[])[] = [];
  let run: number[] = [];
  ids.forEach((id, index) => {
    if (index === 0 || id !== (ids[index - 1] ?? 0) + 1) {
      if (run.length > 0) widths.push(run);
      widths.push(id);
      run = [];
    }
    run.push(glyphs.get(id)?.width ?? 0);
  });
  if (run.length > 0) widths.push(run);
  // 3. The font file and the ToUnicode map, compressed once.
  const cmap = new TextEncoder().encode(toUnicodeCmap(ids.map((id) => [id, glyphs.get(id)?.codePoint ?? 0xfffd])));
  const { bbox } = font;
  return {
    baseName: (font.postscriptName ?? 'Font').replace(/[^\w-]/g, ''),
    file: { bytes: compress ? compress(bytes) : bytes, deflated: Boolean(compress), length: bytes.length },
    toUnicode: { bytes: compress ? compress(cmap) : cmap, deflated: Boolean(compress) },
    widths,
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

/** Registers the prepared objects in a document; returns the Type0 font's reference. */
export function embedPreparedFont(doc: PDFDocument, font: PreparedFont): PDFRef {
  const { context } = doc;
  const fontFile = streamOf(doc, font.file, { Length1: font.file.length });
  const descriptor = context.register(context.obj({ Type: 'FontDescriptor', FontName: font.baseName, ...font.descriptor, FontFile2: fontFile }));
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: font.baseName,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: font.widths,
      CIDToGIDMap: PDFName.of('Identity'),
    }),
  );
  return context.register(
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: font.baseName, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: streamOf(doc, font.toUnicode) }),
  );
}
