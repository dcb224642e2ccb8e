/** Turns laid-out pages into PDF pages: one content stream each, compressed by the given function when there is one. */
import { PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { Layout } from '../layout/placed.ts';
import { mmToPt } from '../units.ts';
import { FONT_KEYS, LOGO_KEY, pageOperators } from './content-stream.ts';
import type { Compress, DocumentFonts } from './font-kit.ts';
import type { Structure } from './structure-tree.ts';

export type { Compress } from './font-kit.ts';

export interface DrawResources {
  fonts: Pick<DocumentFonts, 'refs' | 'encode'>;
  /** The logo's image XObject. */
  logo?: PDFRef;
  compress?: Compress;
  structure: Pick<Structure, 'mark'>;
}

/** The operators' characters are byte values already (ASCII, and the codes inside text strings). */
function bytesOf(operators: string): Uint8Array {
  const bytes = new Uint8Array(operators.length);
  for (let index = 0; index < operators.length; index++) bytes[index] = operators.charCodeAt(index);
  return bytes;
}

export function drawPages(doc: PDFDocument, layout: Layout, size: { widthMm: number; heightMm: number }, resources: DrawResources): PDFRef[] {
  const { fonts, logo, compress, structure } = resources;
  return layout.pages.map((laidOut, pageIndex) => {
    const page = doc.addPage([mmToPt(size.widthMm), mmToPt(size.heightMm)]);
    page.node.setFontDictionary(PDFName.of(FONT_KEYS.regular), fonts.refs.regular);
    page.node.setFontDictionary(PDFName.of(FONT_KEYS.bold), fonts.refs.bold);
    if (logo && laidOut.items.some((item) => item.kind === 'image')) page.node.setXObject(PDFName.of(LOGO_KEY), logo);
    const operators = bytesOf(pageOperators(laidOut.items, size.heightMm, fonts.encode, (tag, item) => structure.mark(pageIndex, tag, item)));
    const stream = compress ? doc.context.stream(compress(operators), { Filter: 'FlateDecode' }) : doc.context.flateStream(operators);
    page.node.addContentStream(doc.context.register(stream));
    return page.ref;
  });
}
