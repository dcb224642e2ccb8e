/** Turns laid-out pages into PDF pages: one content stream each, compressed by the given function when there is one. */
import { PDFDict, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { Layout } from '../layout/placed.ts';
import { mmToPt } from '../units.ts';
import { FONT_KEYS, LOGO_KEY, pageOperators } from './content-stream.ts';
import type { DocumentFonts } from './font-kit.ts';
import type { Structure } from './structure-tree.ts';
import { ascii, type Compress } from '../pdf-bytes/write-pdf.ts';

export interface DrawResources {
  fonts: Pick<DocumentFonts, 'refs' | 'encode'>;
  /** The logo's image XObject. */
  logo?: PDFRef;
  compress?: Compress;
  /** Absent only when measuring what tagging costs: the pages are then drawn untagged. */
  structure: Pick<Structure, 'mark'> | undefined;
}

/**
 * Each page is one dictionary written here, and the page tree is one flat list: pdf-lib's addPage
 * walks the tree, normalises the new page and adds resource dictionaries the page never uses, for
 * every page of every brochure.
 */
export function drawPages(doc: PDFDocument, layout: Layout, size: { widthMm: number; heightMm: number }, resources: DrawResources): PDFRef[] {
  const { fonts, logo, compress, structure } = resources;
  const { context } = doc;
  const pageTreeRef = doc.catalog.get(PDFName.of('Pages')) as PDFRef;
  const mediaBox = [0, 0, mmToPt(size.widthMm), mmToPt(size.heightMm)];
  const pageRefs = layout.pages.map((laidOut, pageIndex) => {
    const operators = ascii(pageOperators(laidOut.items, size.heightMm, fonts.encode, structure && ((tag, item, joinable) => structure.mark(pageIndex, tag, item, joinable))));
    const stream = compress ? context.stream(compress(operators), { Filter: 'FlateDecode' }) : context.flateStream(operators);
    const drawsLogo = logo && laidOut.items.some((item) => item.kind === 'image');
    const pageResources = { Font: { [FONT_KEYS.regular]: fonts.refs.regular, [FONT_KEYS.bold]: fonts.refs.bold }, ...(drawsLogo ? { XObject: { [LOGO_KEY]: logo } } : {}) };
    return context.register(context.obj({ Type: 'Page', Parent: pageTreeRef, MediaBox: mediaBox, Resources: pageResources, Contents: context.register(stream) }));
  });
  const pageTree = context.lookup(pageTreeRef, PDFDict);
  pageTree.set(PDFName.of('Kids'), context.obj(pageRefs));
  pageTree.set(PDFName.of('Count'), PDFNumber.of(pageRefs.length));
  return pageRefs;
}
