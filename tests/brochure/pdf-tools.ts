/** Looking at PDFs as a reader would: their text (pdftotext), where words sit, and whether pages have ink (pdftoppm). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fontkit from 'fontkit';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';

/** A PDF given as bytes is written to a temporary file for the poppler tools. */
export function withFile<T>(pdf: string | Uint8Array, use: (file: string) => T): T {
  if (typeof pdf === 'string') return use(pdf);
  const dir = mkdtempSync(path.join(tmpdir(), 'brochure-test-'));
  try {
    const file = path.join(dir, 'brochure.pdf');
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a poppler tool (`pdfinfo`, `pdffonts`, …) prints for a PDF. */
export const poppler = (tool: string, args: string[], pdf: string | Uint8Array): string =>
  withFile(pdf, (file) => execFileSync(tool, [...args, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));

/** A word the layout hyphenated at a line (or page) end (its hyphen is a soft one, U+00AD, in the text), joined again. */
const joinHyphenated = (raw: string): string => raw.replace(/(\p{Ll})[-\u00ad][ \t]*[\n\f]\s*(\p{Ll})/gu, '$1$2');

/** The text line by line as laid out (`-layout`: hyphenated line ends as drawn; without it pdftotext joins them). */
export const rawPdfText = (pdf: string | Uint8Array, pages?: { first: number; last: number }): string =>
  withFile(pdf, (file) => execFileSync('pdftotext', ['-layout', ...(pages ? ['-f', String(pages.first), '-l', String(pages.last)] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

/** Share of pixels darker than `threshold` in pdftoppm's binary PGM: "P5\n<width> <height>\n<max>\n", then one byte per pixel. */
function darkShare(pgm: Buffer, threshold: number): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const value of pixels) if (value < threshold) dark += 1;
  return dark / pixels.length;
}

/** Share of dark pixels in a box of a page, the box in points from the page's top left. */
export const inkInBox = (pdf: string | Uint8Array, page: number, box: { x: number; y: number; width: number; height: number }): number =>
  withFile(pdf, (file) => {
    const crop = ['-x', String(Math.round(box.x)), '-y', String(Math.round(box.y)), '-W', String(Math.round(box.width)), '-H', String(Math.round(box.height))];
    return darkShare(execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', String(page), '-l', String(page), ...crop, file]), 160);
  });

/** All text, white space collapsed and hyphenated words joined, so phrases match across line breaks. */
export const pdfText = (pdf: string | Uint8Array, pages?: { first: number; last: number }): string =>
  withFile(pdf, (file) => {
    const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
    return joinHyphenated(execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
  });

/**
 * The text column's text only (header and footer cropped away), with words the layout hyphenated
 * at a line end joined again, so paragraphs read on across lines and pages as in the source.
 */
export const bodyText = (pdf: string | Uint8Array): string =>
  withFile(pdf, (file) => {
    // The column runs from 24 mm to 275 mm on an A4 page (595 x 842 pt); header and footer lie outside it.
    const crop = ['-x', '0', '-y', '62', '-W', '595', '-H', '722'];
    const raw = execFileSync('pdftotext', [...crop, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return joinHyphenated(raw).replace(/\s+/g, ' ');
  });

export interface WordBox {
  page: number;
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every word with its box in points, from `pdftotext -bbox`. */
export const wordBoxes = (pdf: string | Uint8Array): WordBox[] =>
  withFile(pdf, (file) => {
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const boxes: WordBox[] = [];
    let page = 0;
    let size = { width: 0, height: 0 };
    for (const line of html.split('\n')) {
      const pageMatch = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
      if (pageMatch) {
        page += 1;
        size = { width: Number(pageMatch[1]), height: Number(pageMatch[2]) };
        continue;
      }
      const word = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)<\/word>/.exec(line);
      if (word) {
        boxes.push({ page, word: word[5] ?? '', xMin: Number(word[1]), yMin: Number(word[2]), xMax: Number(word[3]), yMax: Number(word[4]), pageWidth: size.width, pageHeight: size.height });
      }
    }
    return boxes;
  });

/** Share of dark pixels on one page, rasterised in grey at low resolution. */
export const inkOnPage = (pdf: string | Uint8Array, page: number): number =>
  withFile(pdf, (file) => {
    return darkShare(execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', String(page), '-l', String(page), file]), 128);
  });

/** The font programs a PDF embeds (FontFile2), by font name: `ABCDEF+NotoSans-Regular`. */
export async function embeddedFonts(pdf: string | Uint8Array): Promise<Map<string, Uint8Array>> {
  const doc = await PDFDocument.load(typeof pdf === 'string' ? readFileSync(pdf) : pdf, { updateMetadata: false });
  const fonts = new Map<string, Uint8Array>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const file = object.lookup(PDFName.of('FontFile2'));
    if (file instanceof PDFRawStream) fonts.set(String(object.get(PDFName.of('FontName'))).slice(1), decodePDFRawStream(file).decode());
  }
  return fonts;
}

/** The characters a font program can draw: mapped to a glyph that has an outline. */
export function inkedCharacters(program: Uint8Array): Set<string> {
  const font = fontkit.create(Buffer.from(program));
  const inked = font.characterSet.filter((codePoint) => font.glyphForCodePoint(codePoint).path.toSVG() !== '');
  return new Set(inked.map((codePoint) => String.fromCodePoint(codePoint)));
}
