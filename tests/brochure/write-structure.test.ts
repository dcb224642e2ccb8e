/**
 * The link annotations the structure writer adds: whatever an address or its description holds
 * (brackets, a backslash, letters outside ASCII), the PDF stays whole and says exactly that.
 */
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { expect, test } from 'vitest';
import { writePdf } from '../../src/brochure/pdf-bytes/write-pdf.ts';
import { writeStructure, type Element } from '../../src/brochure/pdf-bytes/write-structure.ts';
import { poppler } from './pdf-tools.ts';

test('writes a link annotation whose address keeps its brackets and backslash and is ASCII, and whose description reads as given', async () => {
  const links = [
    { uri: 'https://nl.wikipedia.org/wiki/Kapstok_(school))\\x', contents: 'Kapstok (school)) \\ €' },
    { uri: 'https://example.nl/café?ß=1', contents: 'café – ß ✓' },
  ];
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([200, 200]);
  const paragraph: Element = { role: 'P', kids: [{ page: 0, mcid: 0 }] };
  const linkElements: Element[] = links.map((link) => ({ role: 'Link', kids: [], links: [{ page: 0, rect: [10, 10, 50, 20], ...link }] }));
  writeStructure(doc, { role: 'Document', kids: [paragraph, ...linkElements] }, [[paragraph]], [page.ref]);
  const bytes = writePdf(doc.context, (input) => deflateSync(input));

  const loaded = await PDFDocument.load(bytes, { updateMetadata: false });
  const annotations = loaded.getPage(0).node.Annots()!.asArray().map((ref) => loaded.context.lookup(ref, PDFDict));
  const uris = annotations.map((annotation) => annotation.lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI'), PDFString).decodeText());
  expect(uris).toEqual(['https://nl.wikipedia.org/wiki/Kapstok_(school))\\x', 'https://example.nl/caf%C3%A9?%C3%9F=1']);
  const contents = annotations.map((annotation) => (annotation.lookup(PDFName.of('Contents')) as PDFString | PDFHexString).decodeText());
  expect(contents).toEqual(links.map((link) => link.contents));

  expect(poppler('pdfinfo', ['-struct'], bytes)).toContain('Link');
});
