/**
 * Title, author, language and dates, all passed in: the same input gives the same bytes, so
 * brochures can be cached and compared. pdf-lib's own defaults (the clock, a random-looking
 * producer) are switched off where the document is created. The same facts go into the XMP
 * metadata (xmp.ts), which names the PDF/UA identification.
 */
import { PDFHexString, PDFName, PDFBool, type PDFDocument } from 'pdf-lib';
import type { DocumentMeta } from '../brochure-input.ts';
import { xmpPacket } from './xmp.ts';

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  language: string;
}

export function setMetadata(doc: PDFDocument, info: DocumentInfo, meta: DocumentMeta): void {
  const date = new Date(meta.date);
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setLanguage(info.language);
  doc.setProducer('aanbodgids');
  doc.setCreator('aanbodgids');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.catalog.set(PDFName.of('ViewerPreferences'), doc.context.obj({ DisplayDocTitle: PDFBool.True }));
  const xmp = new TextEncoder().encode(xmpPacket(info, date));
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length })));
  const id = PDFHexString.of(meta.documentId);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
}
