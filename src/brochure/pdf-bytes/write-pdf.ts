/**
 * Saves a document as PDF bytes: streams as indirect objects, every other object in compressed
 * object streams, and a cross-reference stream. Written here rather than with pdf-lib's
 * PDFStreamWriter for two reasons: pdf-lib always deflates object streams with pako, several
 * times slower than Node's zlib on the thousands of structure elements of a tagged brochure; and
 * its cross-reference stream has no predictor, so its rows (alike but for a counting index)
 * compress poorly. Here the rows go through the PNG "Up" predictor, which leaves mostly zeros.
 */
import { PDFObject, PDFStream, type PDFContext, type PDFRef } from 'pdf-lib';

/** Deflate, synchronously: Node's zlib on the build side; without one, pdf-lib's own (pako). */
export type Compress = (bytes: Uint8Array) => Uint8Array;

/** Objects per object stream: alike structure elements compress better many to a stream, and a few hundred gave the smallest files. */
const OBJECTS_PER_STREAM = 200;

/** Where an object is: at a byte offset of the file, or at an index inside an object stream. */
type XrefEntry = { offset: number } | { stream: number; index: number };

/** Bytes of a PDF object as the file holds it (pdf-lib objects write themselves). */
function bytesOf(object: PDFObject): Uint8Array {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return bytes;
}

/**
 * PDF syntax as bytes: every character is one byte (pdf-lib writes strings the same way; a page's
 * operators hold the fonts' one- and two-byte codes as characters 0-255).
 */
export function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * An object stream's contents: pairs of object number and offset, then the objects, one a line.
 * Objects other than streams write the same characters as text as they copy as bytes.
 */
function objectStreamContents(objects: [PDFRef, PDFObject][]): { contents: Uint8Array; first: number } {
  const bodies = objects.map(([, object]) => object.toString());
  let offset = 0;
  const header = objects.map(([ref], index) => {
    const pair = `${ref.objectNumber} ${offset}`;
    offset += bodies[index]!.length + 1;
    return pair;
  });
  const head = `${header.join(' ')}\n`;
  return { contents: ascii(`${head}${bodies.join('\n')}\n`), first: head.length };
}

/** Cross-reference rows of `widths` bytes each, every row prefixed by PNG filter 2 (Up): its difference from the row above. */
function predictedRows(rows: number[][], widths: number[]): Uint8Array {
  const rowLength = widths.reduce((sum, width) => sum + width, 0);
  const out = new Uint8Array(rows.length * (rowLength + 1));
  let previous = new Uint8Array(rowLength);
  rows.forEach((fields, row) => {
    const current = new Uint8Array(rowLength);
    let at = 0;
    fields.forEach((value, field) => {
      for (let byte = widths[field]! - 1; byte >= 0; byte--) current[at + byte] = Math.floor(value / 256 ** (widths[field]! - 1 - byte)) % 256;
      at += widths[field]!;
    });
    const start = row * (rowLength + 1);
    out[start] = 2;
    for (let index = 0; index < rowLength; index++) out[start + 1 + index] = (current[index]! - previous[index]! + 256) % 256;
    previous = current;
  });
  return out;
}

const byteWidth = (max: number): number => Math.max(1, Math.ceil(Math.log2(max + 1) / 8));

/** The whole file. `compress` deflates; without one (in the browser) pdf-lib's own deflate is used. */
export function writePdf(context: PDFContext, compress?: Compress): Uint8Array {
  const deflate = compress ?? ((bytes: Uint8Array) => (context.flateStream(bytes).getContents()));
  const entries = new Map<number, XrefEntry>();
  const parts: Uint8Array[] = [ascii('%PDF-1.7\n%\u0081\u0081\u0081\u0081\n\n')];
  let offset = parts[0]!.length;
  const writeObject = (objectNumber: number, body: Uint8Array) => {
    entries.set(objectNumber, { offset });
    const part = concat([ascii(`${objectNumber} 0 obj\n`), body, ascii('\nendobj\n')]);
    parts.push(part);
    offset += part.length;
  };
  const streamObject = (dict: string, contents: Uint8Array) => concat([ascii(`<<${dict}/Length ${contents.length}>>\nstream\n`), contents, ascii('\nendstream')]);

  let nextNumber = context.largestObjectNumber + 1;
  let chunk: [PDFRef, PDFObject][] = [];
  const flushChunk = () => {
    if (chunk.length === 0) return;
    const streamNumber = nextNumber++;
    chunk.forEach(([ref], index) => entries.set(ref.objectNumber, { stream: streamNumber, index }));
    const { contents, first } = objectStreamContents(chunk);
    writeObject(streamNumber, streamObject(`/Type/ObjStm/N ${chunk.length}/First ${first}/Filter/FlateDecode`, deflate(contents)));
    chunk = [];
  };
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (object instanceof PDFStream || ref.generationNumber !== 0) writeObject(ref.objectNumber, bytesOf(object));
    else if (chunk.push([ref, object]) === OBJECTS_PER_STREAM) flushChunk();
  }
  flushChunk();

  // The cross-reference stream lists itself too, at the offset where it starts.
  const xrefNumber = nextNumber++;
  entries.set(xrefNumber, { offset });
  const rows = Array.from({ length: nextNumber }, (_, objectNumber): number[] => {
    const entry = entries.get(objectNumber);
    if (!entry) return [0, 0, objectNumber === 0 ? 65535 : 0];
    return 'offset' in entry ? [1, entry.offset, 0] : [2, entry.stream, entry.index];
  });
  const widths = [1, byteWidth(Math.max(...rows.map((row) => row[1]!))), byteWidth(Math.max(...rows.map((row) => row[2]!)))];
  const { Root, Info, ID } = context.trailerInfo;
  const trailer = [Root && `/Root ${Root}`, Info && `/Info ${Info}`, ID && `/ID ${ID}`].filter(Boolean).join('');
  const xrefDict = `/Type/XRef/Size ${nextNumber}/W[${widths.join(' ')}]${trailer}/Filter/FlateDecode/DecodeParms<</Predictor 12/Columns ${widths[0]! + widths[1]! + widths[2]!}>>`;
  const xrefOffset = offset;
  writeObject(xrefNumber, streamObject(xrefDict, deflate(predictedRows(rows, widths))));
  parts.push(ascii(`startxref\n${xrefOffset}\n%%EOF`));
  return concat(parts);
}
