/**
 * The two embedded fonts, and what the layout and the drawing need from them: which characters
 * exist, how wide they are, and their glyph codes. Read once per renderer with fontkit; the PDF
 * objects of each font (font file, widths, ToUnicode map) are prepared and compressed once too,
 * and every brochure only registers those bytes. pdf-lib's embedFont would parse the font and
 * deflate it (with pako) again for every document: about a fifth of a brochure's time.
 */
import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { FontName } from '../flow.ts';
import { embedPreparedFont, prepareFont, type PreparedFont } from './prepared-font.ts';

/** The fontkit module pdf-lib's `registerFontkit()` takes (fontkit 1.9 on the build side). */
export type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** TrueType bytes per weight, already subset and stripped of layout tables by the build. */
export type FontFiles = Record<FontName, Uint8Array>;

/** Deflate, synchronously: Node's zlib on the build side; without one, pdf-lib's own (pako). */
export type Compress = (bytes: Uint8Array) => Uint8Array;

export interface FontMetrics {
  has(codePoint: number): boolean;
  /** Advance in thousandths of the font size. */
  advance(char: string, font: FontName): number;
  /**
   * A line as the body of a PDF literal string: one code per character (no ligatures or kerning),
   * as byte values 0-255 in a JS string, with `\`, `(`, `)` and line ends escaped.
   */
  encode(text: string, font: FontName): string;
}

const LITERAL_ESCAPES: Record<string, string> = { '\\': '\\\\', '(': '\\(', ')': '\\)', '\r': '\\r', '\n': '\\n' };
const escapeLiteral = (code: string): string => code.replace(/[\\()\r\n]/g, (byte) => LITERAL_ESCAPES[byte] ?? byte);

export interface BrochureFonts {
  metrics: FontMetrics;
  /** Adds both fonts to a document; returns their references. */
  embed(doc: PDFDocument): Record<FontName, PDFRef>;
}

export function prepareFonts(files: FontFiles, fontkit: Fontkit, compress: Compress | undefined): BrochureFonts {
  const parsed = { regular: fontkit.create(files.regular), bold: fontkit.create(files.bold) };
  const prepared: Record<FontName, PreparedFont> = { regular: prepareFont(parsed.regular, files.regular, compress), bold: prepareFont(parsed.bold, files.bold, compress) };
  const boldSet = new Set(parsed.bold.characterSet);
  const inBoth = new Set(parsed.regular.characterSet.filter((codePoint) => boldSet.has(codePoint)));
  const advances: Record<FontName, Map<string, number>> = { regular: new Map(), bold: new Map() };
  const escaped: Record<FontName, Map<string, string>> = { regular: new Map(), bold: new Map() };
  const glyphOf = (char: string, font: FontName) => parsed[font].glyphForCodePoint(char.codePointAt(0) ?? 0);
  const codeOf = (char: string, font: FontName): string => {
    let code = escaped[font].get(char);
    if (code === undefined) {
      code = escapeLiteral(prepared[font].codes.get(char.codePointAt(0) ?? 0) ?? '');
      escaped[font].set(char, code);
    }
    return code;
  };
  const metrics: FontMetrics = {
    has: (codePoint) => codePoint === 32 || (inBoth.has(codePoint) && prepared.regular.codes.has(codePoint) && prepared.bold.codes.has(codePoint)),
    advance(char, font) {
      let advance = advances[font].get(char);
      if (advance === undefined) {
        advance = (glyphOf(char, font).advanceWidth * 1000) / parsed[font].unitsPerEm;
        advances[font].set(char, advance);
      }
      return advance;
    },
    encode(text, font) {
      let encoded = '';
      for (const char of text) encoded += codeOf(char, font);
      return encoded;
    },
  };
  return {
    metrics,
    embed: (doc) => ({ regular: embedPreparedFont(doc, prepared.regular), bold: embedPreparedFont(doc, prepared.bold) }),
  };
}
