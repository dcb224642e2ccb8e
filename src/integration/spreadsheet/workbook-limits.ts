/**
 * How much an .xlsx may hold before exceljs reads it. An .xlsx is a zip: a file of a few kilobytes
 * can unpack to gigabytes (a zip bomb), and the sizes a zip declares for its parts can lie. So
 * every part is unpacked once as a stream with the zip reader exceljs itself uses (jszip),
 * counting bytes and keeping none, and the file is refused as soon as the count passes the limit.
 * Only then does exceljs read it, and the cells it holds are counted as they are read.
 */
import JSZip from 'jszip';
import type { Problem } from '../../core/validate/problem.ts';

/** Unpacked bytes of all parts together; an exported catalogue of 10,000 rows takes a fraction of this. */
const MAX_UNPACKED_MB = 64;
/** Cells with a value, over all sheets. */
export const MAX_CELLS = 1_000_000;

const BYTES_PER_MB = 1024 * 1024;

/** Unpacks one part as a stream and counts its bytes, stopping once they pass `budget`. */
function unpackedBytes(part: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let count = 0;
    const stream = part.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count <= budget) return;
      stream.removeAllListeners('data');
      stream.pause();
      resolve(count);
    });
    stream.on('end', () => resolve(count));
    stream.on('error', reject);
  });
}

/** Why the workbook is too large to read, or undefined when it is within the limits. */
export async function workbookSizeProblem(bytes: Buffer, file: string): Promise<Problem | undefined> {
  const tooLarge: Problem = { file, kind: 'spreadsheet-too-large', params: { limitMb: MAX_UNPACKED_MB } };
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter((part) => !part.dir);
  let budget = MAX_UNPACKED_MB * BYTES_PER_MB;
  for (const part of parts) {
    budget -= await unpackedBytes(part, budget);
    if (budget < 0) return tooLarge;
  }
  return undefined;
}
