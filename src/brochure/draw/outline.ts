/** The PDF outline (bookmarks): a tree of the brochure's sections and interventions, by level. */
import { PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { OutlineEntry } from '../layout/placed.ts';
import { mmToPt } from '../units.ts';

interface Node {
  entry?: OutlineEntry;
  ref: PDFRef;
  children: Node[];
}

function tree(doc: PDFDocument, entries: OutlineEntry[]): Node {
  const root: Node = { ref: doc.context.nextRef(), children: [] };
  const stack: Node[] = [root];
  for (const entry of entries) {
    while (stack.length > entry.level + 1) stack.pop();
    const parent = stack.at(-1) ?? root;
    const node: Node = { entry, ref: doc.context.nextRef(), children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

const countOf = (node: Node): number => node.children.reduce((sum, child) => sum + 1 + countOf(child), 0);

function link(doc: PDFDocument, parent: Node, pageRefs: PDFRef[], pageHeightMm: number): void {
  parent.children.forEach((node, index) => {
    const { entry } = node;
    if (!entry) return;
    const dict: PDFDict = doc.context.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    dict.set(PDFName.of('Parent'), parent.ref);
    const previous = parent.children[index - 1];
    const next = parent.children[index + 1];
    if (previous) dict.set(PDFName.of('Prev'), previous.ref);
    if (next) dict.set(PDFName.of('Next'), next.ref);
    const first = node.children[0];
    const last = node.children.at(-1);
    if (first && last) {
      dict.set(PDFName.of('First'), first.ref);
      dict.set(PDFName.of('Last'), last.ref);
      // Negative: the entry starts closed, so long brochures open with a short list of sections.
      dict.set(PDFName.of('Count'), PDFNumber.of(-countOf(node)));
    }
    const page = pageRefs[entry.page] ?? pageRefs[0];
    if (page) dict.set(PDFName.of('Dest'), doc.context.obj([page, PDFName.of('XYZ'), PDFNull, PDFNumber.of(mmToPt(pageHeightMm - entry.yMm) + 4), PDFNull]));
    doc.context.assign(node.ref, dict);
    link(doc, node, pageRefs, pageHeightMm);
  });
}

export function addOutline(doc: PDFDocument, entries: OutlineEntry[], pageRefs: PDFRef[], pageHeightMm: number): void {
  if (entries.length === 0) return;
  const root = tree(doc, entries);
  link(doc, root, pageRefs, pageHeightMm);
  const first = root.children[0];
  const last = root.children.at(-1);
  if (!first || !last) return;
  doc.context.assign(root.ref, doc.context.obj({ Type: 'Outlines', First: first.ref, Last: last.ref, Count: root.children.length }));
  doc.catalog.set(PDFName.of('Outlines'), root.ref);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
