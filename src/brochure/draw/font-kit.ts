/**
 * The two embedded fonts, and what the layout and the drawing need from them: which characters
 * exist, how wide they are, and their glyph codes. Learned once per renderer from the font itself
 * through pdf-lib's public API, then reused for every brochure the renderer draws.
 */
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { FontName } from '../flow.ts';

/** The fontkit module pdf-lib's `registerFontkit()` takes (fontkit 1.9 on the build side). */
export type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** TrueType bytes per weight, already subset and stripped of layout tables by the build. */
export type FontFiles = Record<FontName, Uint8Array>;

export interface FontMetrics {
  has(codePoint: number): boolean;
  /** Advance in thousandths of the font size. */
  advance(char: string, font: FontName): number;
  /** The glyph codes of a line, as hex for a PDF string: no ligatures or kerning, so per character. */
  hex(text: string, font: FontName): string;
}

export async function embedFonts(doc: PDFDocument, files: FontFiles, fontkit: Fontkit): Promise<Record<FontName, PDFFont>> {
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([doc.embedFont(files.regular, { subset: false }), doc.embedFont(files.bold, { subset: false })]);
  return { regular, bold };
}

export async function learnFontMetrics(files: FontFiles, fontkit: Fontkit): Promise<FontMetrics> {
  const probe = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(probe, files, fontkit);
  const inBoth = new Set(fonts.regular.getCharacterSet().filter((codePoint) => new Set(fonts.bold.getCharacterSet()).has(codePoint)));
  const advances: Record<FontName, Map<string, number>> = { regular: new Map(), bold: new Map() };
  const codes: Record<FontName, Map<string, string>> = { regular: new Map(), bold: new Map() };
  const codeOf = (char: string, font: FontName): string => {
    let code = codes[font].get(char);
    if (code === undefined) {
      code = fonts[font].encodeText(char).toString().slice(1, -1);
      codes[font].set(char, code);
    }
    return code;
  };
  return {
    has: (codePoint) => codePoint === 32 || inBoth.has(codePoint),
    advance(char, font) {
      let advance = advances[font].get(char);
      if (advance === undefined) {
        advance = fonts[font].widthOfTextAtSize(char, 1000);
        advances[font].set(char, advance);
      }
      return advance;
    },
    hex(text, font) {
      let hex = '';
      for (const char of text) hex += codeOf(char, font);
      return hex;
    },
  };
}
