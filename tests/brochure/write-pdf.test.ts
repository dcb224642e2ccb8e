/** The brochures' PDF writer: object streams and a predicted cross-reference stream that other readers follow. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, test } from 'vitest';
import { writePdf } from '../../src/brochure/pdf-bytes/write-pdf.ts';

const work = mkdtempSync(path.join(tmpdir(), 'aanbodgids-write-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A document with a page and more small objects than fit in one object stream, each with its own number. */
async function documentWithManyObjects(count: number) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([200, 200]);
  const refs = Array.from({ length: count }, (_, index) => doc.context.register(doc.context.obj({ Index: index, Label: PDFString.of(`object ${index}`) })));
  doc.catalog.set(PDFName.of('Probe'), doc.context.obj(refs));
  return { doc, refs };
}

describe('the PDF writer', () => {
  test('writes objects that pdf-lib and poppler both find again through the cross-reference stream, with or without a compressor', async () => {
    for (const compress of [(bytes: Uint8Array) => deflateSync(bytes), undefined]) {
      const { doc, refs } = await documentWithManyObjects(450);
      const bytes = writePdf(doc.context, compress);
      const loaded = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(loaded.getPageCount()).toBe(1);
      for (const [index, ref] of refs.entries()) {
        const object = loaded.context.lookup(ref, PDFDict);
        expect((object.get(PDFName.of('Index')) as PDFNumber).asNumber()).toBe(index);
        expect((object.get(PDFName.of('Label')) as PDFString).decodeText()).toBe(`object ${index}`);
      }
      const file = path.join(work, 'many.pdf');
      writeFileSync(file, bytes);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(info).toMatch(/Pages:\s+1/);
    }
  });

  test('puts the small objects in several object streams and predicts the cross-reference rows, so they compress to almost nothing', async () => {
    const { doc } = await documentWithManyObjects(450);
    const bytes = writePdf(doc.context, (input) => deflateSync(input));
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.match(/\/Type\/ObjStm/g)?.length).toBeGreaterThanOrEqual(3);
    const xref = /<<(\/Type\/XRef[^>]*<<[^>]*>>[^>]*)>>\nstream\n/.exec(text);
    expect(xref?.[1]).toMatch(/\/DecodeParms<<\/Predictor 12\/Columns \d+>>/);
    const length = Number(/\/Length (\d+)/.exec(xref![1]!)![1]);
    const start = xref!.index + xref![0].length;
    const rows = inflateSync(bytes.subarray(start, start + length));
    // Every row starts with filter byte 2 (Up); after the first rows, nearly every byte is a zero difference.
    expect(rows.length).toBeGreaterThan(450 * 4);
    expect(length).toBeLessThan(rows.length / 10);
  });
});
