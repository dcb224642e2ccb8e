/**
 * Writes a structure tree as PDF objects with pdf-lib's low-level API (it has no tagging API):
 * one `StructElem` per element, marked content referred to by page and MCID, the `ParentTree`
 * that leads from a page's marked content back to its elements, and the entries that make the
 * document a tagged PDF (`MarkInfo`, `StructParents` and `/Tabs /S` on every page).
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';

/** Marked content on a page. */
export interface ContentRef {
  page: number;
  mcid: number;
}

export interface Element {
  role: string;
  kids: (Element | ContentRef)[];
  alt?: string;
  actualText?: string;
  /** A header cell's scope. */
  scope?: 'Column' | 'Row';
  ref?: PDFRef;
}

const isContent = (kid: Element | ContentRef): kid is ContentRef => 'mcid' in kid;

function assignRefs(doc: PDFDocument, node: Element): void {
  node.ref = doc.context.nextRef();
  for (const kid of node.kids) if (!isContent(kid)) assignRefs(doc, kid);
}

function writeElement(doc: PDFDocument, node: Element, parent: PDFRef, pageRefs: PDFRef[]): void {
  const { context } = doc;
  const dict = context.obj({}) as PDFDict;
  dict.set(PDFName.of('S'), PDFName.of(node.role));
  dict.set(PDFName.of('P'), parent);
  const pages = new Set(node.kids.filter(isContent).map((kid) => kid.page));
  const [onlyPage] = pages;
  const pageRef = onlyPage === undefined ? undefined : pageRefs[onlyPage];
  // Marked content on the element's one page is a bare MCID; on several pages, a reference naming its page.
  if (pages.size === 1 && pageRef) dict.set(PDFName.of('Pg'), pageRef);
  const kids: PDFObject[] = node.kids.map((kid) => {
    if (!isContent(kid)) return kid.ref!;
    if (pages.size === 1) return PDFNumber.of(kid.mcid);
    return context.obj({ Type: 'MCR', Pg: pageRefs[kid.page]!, MCID: kid.mcid });
  });
  if (kids.length === 1) dict.set(PDFName.of('K'), kids[0]!);
  else if (kids.length > 1) dict.set(PDFName.of('K'), context.obj(kids));
  if (node.alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(node.alt));
  if (node.actualText !== undefined) dict.set(PDFName.of('ActualText'), PDFHexString.fromText(node.actualText));
  if (node.scope) dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: node.scope }));
  context.assign(node.ref!, dict);
  for (const kid of node.kids) if (!isContent(kid)) writeElement(doc, kid, node.ref!, pageRefs);
}

/** `parents[page][mcid]` is the element that page's marked content `mcid` belongs to. */
export function writeStructure(doc: PDFDocument, root: Element, parents: Element[][], pageRefs: PDFRef[]): void {
  const { context } = doc;
  const treeRoot = context.nextRef();
  assignRefs(doc, root);
  writeElement(doc, root, treeRoot, pageRefs);
  const nums = PDFArray.withContext(context);
  pageRefs.forEach((pageRef, page) => {
    const page_ = context.lookup(pageRef, PDFDict);
    page_.set(PDFName.of('StructParents'), PDFNumber.of(page));
    page_.set(PDFName.of('Tabs'), PDFName.of('S'));
    nums.push(PDFNumber.of(page));
    nums.push(context.obj((parents[page] ?? []).map((element) => element.ref!)));
  });
  context.assign(treeRoot, context.obj({ Type: 'StructTreeRoot', K: root.ref!, ParentTree: context.obj({ Nums: nums }), ParentTreeNextKey: pageRefs.length }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), treeRoot);
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}
