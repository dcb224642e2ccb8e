/**
 * The two embedded fonts, and what the layout and the drawing need from them: which characters
 * exist, how wide they are, and their glyph codes. Read once per renderer with fontkit; what the
 * PDF objects of each font share (codes, widths, the encoding and ToUnicode maps) is prepared and
 * compressed once too (../pdf-bytes/prepared-font.ts), where pdf-lib's embedFont would parse the
 * font and deflate it (with pako) again for every document. Each brochure notes the glyphs it
 * draws and embeds only their outlines (../pdf-bytes/keep-glyphs.ts).
 */
import type { PDFDocument, PDFRef } from 'pdf-lib';
import { memoize } from '../../core/cache/memoize.ts';
import type { FontName } from '../flow.ts';
import { embedPreparedFont, prepareFont, type PreparedFont } from '../pdf-bytes/prepared-font.ts';
import type { Compress } from '../pdf-bytes/write-pdf.ts';

/** The fontkit module pdf-lib's `registerFontkit()` takes (fontkit 1.9 on the build side). */
export type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** TrueType bytes per weight, already subset and stripped of layout tables by the build. */
export type FontFiles = Record<FontName, Uint8Array>;


interface FontMetrics {
  has(codePoint: number): boolean;
  /** Advance in thousandths of the font size. */
  advance(char: string, font: FontName): number;
}

/**
 * A line as the body of a PDF literal string: one code per character (no ligatures or kerning),
 * as byte values 0-255 in a JS string, with `\`, `(`, `)` and line ends escaped.
 */
export type Encode = (text: string, font: FontName) => string;

/** The fonts of one document: pages name them and draw with them, then their files are added. */
export interface DocumentFonts {
  refs: Record<FontName, PDFRef>;
  /** Encodes a line and notes its glyphs as drawn: every drawn character must pass through here. */
  encode: Encode;
  /** Adds the fonts' objects, their files holding the outlines of the glyphs drawn so far. */
  finish(): void;
}

const LITERAL_ESCAPES: Record<string, string> = { '\\': '\\\\', '(': '\\(', ')': '\\)', '\r': '\\r', '\n': '\\n' };
const escapeLiteral = (code: string): string => code.replace(/[\\()\r\n]/g, (byte) => LITERAL_ESCAPES[byte] ?? byte);

export interface BrochureFonts {
  metrics: FontMetrics;
  /** Starts both fonts in a document; call `finish()` once every page is drawn. */
  embed(doc: PDFDocument): DocumentFonts;
}

interface Code {
  escaped: string;
  glyph: number;
}

type ParsedFonts = Record<FontName, ReturnType<Fontkit['create']>>;

/** A character exists when both weights have it; advances are kept per character. */
function metricsOf(parsed: ParsedFonts, prepared: Record<FontName, PreparedFont>): FontMetrics {
  const boldSet = new Set(parsed.bold.characterSet);
  const inBoth = new Set(parsed.regular.characterSet.filter((codePoint) => boldSet.has(codePoint)));
  const advances: Record<FontName, Map<string, number>> = { regular: new Map(), bold: new Map() };
  return {
    has: (codePoint) => codePoint === 32 || (inBoth.has(codePoint) && prepared.regular.codes.has(codePoint) && prepared.bold.codes.has(codePoint)),
    advance(char, font) {
      let advance = advances[font].get(char);
      if (advance === undefined) {
        advance = (parsed[font].glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth * 1000) / parsed[font].unitsPerEm;
        advances[font].set(char, advance);
      }
      return advance;
    },
  };
}

export function prepareFonts(files: FontFiles, fontkit: Fontkit, compress: Compress | undefined): BrochureFonts {
  const parsed: ParsedFonts = { regular: fontkit.create(files.regular), bold: fontkit.create(files.bold) };
  const prepared: Record<FontName, PreparedFont> = { regular: prepareFont(parsed.regular, files.regular, compress), bold: prepareFont(parsed.bold, files.bold, compress) };
  const codes: Record<FontName, Map<string, Code>> = { regular: new Map(), bold: new Map() };
  const codeOf = (char: string, font: FontName): Code => {
    let code = codes[font].get(char);
    if (code === undefined) {
      const codePoint = char.codePointAt(0) ?? 0;
      code = { escaped: escapeLiteral(prepared[font].codes.get(codePoint) ?? ''), glyph: prepared[font].glyphs.get(codePoint) ?? 0 };
      codes[font].set(char, code);
    }
    return code;
  };
  // A line's codes and glyphs, kept across documents: the same lines recur in every brochure.
  const encodedIn = (font: FontName) =>
    memoize((text: string) => {
      const line = { escaped: '', glyphs: [] as number[] };
      for (const char of text) {
        const code = codeOf(char, font);
        line.glyphs.push(code.glyph);
        line.escaped += code.escaped;
      }
      return line;
    });
  const encodedLines = { regular: encodedIn('regular'), bold: encodedIn('bold') };
  const encodeLine = (text: string, font: FontName) => encodedLines[font](text);
  const embed = (doc: PDFDocument): DocumentFonts => {
    // Pages refer to the fonts before anyone knows which glyphs they need: reserve the references.
    const refs = { regular: doc.context.nextRef(), bold: doc.context.nextRef() };
    const drawn = { regular: new Uint8Array(prepared.regular.glyphCount), bold: new Uint8Array(prepared.bold.glyphCount) };
    return {
      refs,
      encode(text, font) {
        const line = encodeLine(text, font);
        const glyphs = drawn[font];
        for (const glyph of line.glyphs) glyphs[glyph] = 1;
        return line.escaped;
      },
      finish() {
        embedPreparedFont(doc, prepared.regular, refs.regular, drawn.regular);
        embedPreparedFont(doc, prepared.bold, refs.bold, drawn.bold);
      },
    };
  };
  return { metrics: metricsOf(parsed, prepared), embed };
}
