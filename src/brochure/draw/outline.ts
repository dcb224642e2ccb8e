/** The PDF outline (bookmarks): a tree of the brochure's sections and interventions, by level. */
import { PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { OutlineEntry } from '../layout/placed.ts';
import { mmToPt, roundPt } from '../units.ts';
import { CompactObject } from '../pdf-bytes/compact-object.ts';
import { textString } from '../pdf-bytes/pdf-text-string.ts';

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

/**
 * Each entry is written compactly on one line (pdf-bytes/compact-object.ts), its title the shortest PDF
 * string that holds it: a long brochure has a bookmark for every intervention.
 */
function link(doc: PDFDocument, parent: Node, pageRefs: PDFRef[], pageHeightMm: number): void {
  parent.children.forEach((node, index) => {
    const { entry } = node;
    if (!entry) return;
    let dict = `<</Title${textString(entry.title)}/Parent ${parent.ref}`;
    const previous = parent.children[index - 1];
    const next = parent.children[index + 1];
    if (previous) dict += `/Prev ${previous.ref}`;
    if (next) dict += `/Next ${next.ref}`;
    const first = node.children[0];
    const last = node.children.at(-1);
    // Negative: the entry starts closed, so long brochures open with a short list of sections.
    if (first && last) dict += `/First ${first.ref}/Last ${last.ref}/Count ${-countOf(node)}`;
    const page = pageRefs[entry.page] ?? pageRefs[0];
    if (page) dict += `/Dest[${page}/XYZ null ${roundPt(mmToPt(pageHeightMm - entry.yMm) + 4)} null]`;
    doc.context.assign(node.ref, new CompactObject(`${dict}>>`));
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
