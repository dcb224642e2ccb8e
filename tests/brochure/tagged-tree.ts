/**
 * Reading a tagged PDF back: its structure tree as poppler prints it (`pdfinfo -struct-text`),
 * the elements' entries poppler does not print (Alt, ActualText) through pdf-lib, and every text
 * operator of the pages with the marked content it is drawn in.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';
import { poppler } from './pdf-tools.ts';

export interface StructNode {
  role: string;
  /** Attribute lines as poppler prints them: `/Scope /Column`. */
  attributes: string[];
  /** The text of the marked content directly under this element. */
  texts: string[];
  kids: StructNode[];
}

/** The tree under `Document` as `pdfinfo -struct-text` prints it: two spaces of indent a level. */
export function structTree(pdf: Uint8Array): StructNode {
  const printed = poppler('pdfinfo', ['-struct-text'], pdf);
  const root: StructNode = { role: '', attributes: [], texts: [], kids: [] };
  const stack: { depth: number; node: StructNode }[] = [{ depth: -1, node: root }];
  for (const line of printed.split('\n')) {
    const depth = (line.length - line.trimStart().length) / 2;
    const content = line.trim();
    if (content === '') continue;
    while (stack.length > 1 && stack.at(-1)!.depth >= depth) stack.pop();
    const parent = stack.at(-1)!.node;
    if (content.startsWith('"')) parent.texts.push(content.slice(1, -1));
    else if (content.startsWith('/')) parent.attributes.push(content);
    else {
      const node: StructNode = { role: content.replace(/[: ].*$/, ''), attributes: [], texts: [], kids: [] };
      parent.kids.push(node);
      stack.push({ depth, node });
    }
  }
  const [document] = root.kids;
  if (!document) throw new Error('the PDF has no structure tree');
  return document;
}

/** Every element in document order. */
export const allNodes = (node: StructNode): StructNode[] => [node, ...node.kids.flatMap(allNodes)];

/** An element's whole text, white space collapsed. */
export const textOf = (node: StructNode): string => [...node.texts, ...node.kids.map(textOf)].join(' ').replace(/\s+/g, ' ').trim();

export interface ElementEntries {
  role: string;
  alt?: string;
  actualText?: string;
  /** Its marked content as page index and MCID, in the order of its kids. */
  content: { page: number; mcid: number }[];
  /** Annotations among its kids (object references): where a link leads. */
  uris: string[];
}

const textValue = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

/** The structure elements in document order with what pdf-lib reads of them. */
export async function structElements(pdf: Uint8Array): Promise<ElementEntries[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index]));
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const found: ElementEntries[] = [];
  const visit = (element: PDFDict) => {
    const pg = element.get(PDFName.of('Pg'));
    const entries: ElementEntries = {
      role: String(element.get(PDFName.of('S'))).slice(1),
      alt: textValue(element.lookup(PDFName.of('Alt'))),
      actualText: textValue(element.lookup(PDFName.of('ActualText'))),
      content: [],
      uris: [],
    };
    found.push(entries);
    const kids = element.lookup(PDFName.of('K'));
    for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []) {
      const value = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
      if (value instanceof PDFNumber) entries.content.push({ page: pageIndex.get(String(pg)) ?? -1, mcid: value.asNumber() });
      else if (value instanceof PDFDict && value.get(PDFName.of('Type')) === PDFName.of('MCR'))
        entries.content.push({ page: pageIndex.get(String(value.get(PDFName.of('Pg')))) ?? -1, mcid: (value.get(PDFName.of('MCID')) as PDFNumber).asNumber() });
      else if (value instanceof PDFDict && value.get(PDFName.of('Type')) === PDFName.of('OBJR')) {
        const action = value.lookup(PDFName.of('Obj'), PDFDict).lookup(PDFName.of('A'), PDFDict);
        entries.uris.push(textValue(action.lookup(PDFName.of('URI'))) ?? '');
      } else if (value instanceof PDFDict) visit(value);
    }
  };
  visit(root.lookup(PDFName.of('K'), PDFDict));
  return found;
}

/** Per page, how many text-showing operators are drawn inside marked content with an MCID, inside an artifact, or in neither. */
export async function textOperators(pdf: Uint8Array): Promise<{ marked: number; artifact: number; neither: number; mcids: number[] }[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getPages().map((page) => {
    const contents = page.node.lookup(PDFName.of('Contents'));
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    const operators = streams.map((stream) => Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1')).join('\n');
    const counts = { marked: 0, artifact: 0, neither: 0, mcids: [] as number[] };
    const open: ('mcid' | 'artifact' | 'other')[] = [];
    // Text strings are skipped whole, so a code that looks like an operator is never read as one.
    for (const [token, mcid] of Array.from(operators.matchAll(/\((?:\\.|[^\\)])*\)|<<\/MCID (\d+)>>\s*BDC|\/Artifact BMC|\bBDC\b|\bBMC\b|\bEMC\b|\bTj\b|\bTJ\b|'/g), (match) => [match[0], match[1]] as const)) {
      if (token.startsWith('(')) continue;
      if (mcid !== undefined) {
        open.push('mcid');
        counts.mcids.push(Number(mcid));
      } else if (token === '/Artifact BMC') open.push('artifact');
      else if (token === 'BDC' || token === 'BMC') open.push('other');
      else if (token === 'EMC') open.pop();
      else if (open.includes('mcid')) counts.marked++;
      else if (open.includes('artifact')) counts.artifact++;
      else counts.neither++;
    }
    return counts;
  });
}
