/**
 * Writes a structure tree as PDF objects with pdf-lib's low-level API (it has no tagging API):
 * one `StructElem` per element, marked content referred to by page and MCID, the `ParentTree`
 * that leads from a page's marked content back to its elements, and the entries that make the
 * document a tagged PDF (`MarkInfo`, `StructParents` and `/Tabs /S` on every page). A link's
 * annotation is a kid of its `Link` element (an `OBJR`) and has its own parent-tree key.
 * Elements are written compactly (compact-object.ts): a brochure holds thousands of them.
 */
import { PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';
import { CompactObject } from './compact-object.ts';
import { textString } from './pdf-text-string.ts';

/** Marked content on a page. */
interface ContentRef {
  page: number;
  mcid: number;
}

interface LinkAnnotation {
  page: number;
  rect: number[];
  uri: string;
  contents: string;
}

export interface Element {
  role: string;
  kids: (Element | ContentRef)[];
  alt?: string;
  actualText?: string;
  /** A link's annotations (one per piece of it drawn): where it is clickable, where it leads, and a description. */
  links?: LinkAnnotation[];
  /** A header cell's scope. */
  scope?: 'Column' | 'Row';
  /** A figure's box on its page in PDF points, `[left, bottom, right, top]`. */
  bbox?: number[];
  ref?: PDFRef;
}

/** An element of `role`, its kids still to come. */
export const element = (role: string, extra: Partial<Element> = {}): Element => ({ role, kids: [], ...extra });

/**
 * Roles of ours that PDF 1.7 does not define, mapped to the standard role a reader falls back on:
 * a callout is PDF 2.0's `Aside`, a division of its own.
 */
const ROLE_MAP = '/RoleMap<</Aside/Div>>';

const isContent = (kid: Element | ContentRef): kid is ContentRef => 'mcid' in kid;
/**
 * A link's address as a PDF string: a URI is ASCII, so anything else is percent-encoded (UTF-8),
 * and a bracket or backslash in it is escaped so it cannot end the string early.
 */
function uriString(uri: string): string {
  const ascii = uri.replace(/[^\x21-\x7e]/gu, (char) => encodeURIComponent(char));
  return `(${ascii.replace(/[\\()]/g, (char) => `\\${char}`)})`;
}

interface Written {
  pageRefs: PDFRef[];
  /** Link annotations by page, and the parent-tree entries that lead from each back to its element. */
  annotations: PDFRef[][];
  annotationParents: PDFRef[];
  /** One attribute object per scope, shared by every header cell with it. */
  scopes: Map<string, PDFRef>;
}

function assignRefs(doc: PDFDocument, node: Element): void {
  node.ref = doc.context.nextRef();
  for (const kid of node.kids) if (!isContent(kid)) assignRefs(doc, kid);
}

/** The link annotation of a `Link` element, as the object reference among its kids. */
function annotate(doc: PDFDocument, node: Element, link: LinkAnnotation, written: Written): string {
  const { context } = doc;
  const pageRef = written.pageRefs[link.page]!;
  const structParent = written.pageRefs.length + written.annotationParents.length;
  const annotation = context.register(
    new CompactObject(
      `<</Type/Annot/Subtype/Link/Rect[${link.rect.join(' ')}]/Border[0 0 0]/P ${pageRef}/A<</S/URI/URI${uriString(link.uri)}>>/Contents${textString(link.contents)}/StructParent ${structParent}>>`,
    ),
  );
  written.annotationParents.push(node.ref!);
  (written.annotations[link.page] ??= []).push(annotation);
  return `<</Type/OBJR/Obj ${annotation}/Pg ${pageRef}>>`;
}

function scopeRef(doc: PDFDocument, scope: string, written: Written): PDFRef {
  let ref = written.scopes.get(scope);
  if (!ref) written.scopes.set(scope, (ref = doc.context.register(doc.context.obj({ O: 'Table', Scope: scope }))));
  return ref;
}

function writeElement(doc: PDFDocument, node: Element, parent: PDFRef, written: Written): void {
  const { pageRefs } = written;
  const pages = new Set(node.kids.filter(isContent).map((kid) => kid.page));
  const [onlyPage] = pages;
  const onePage = pages.size === 1 && onlyPage !== undefined;
  let text = `<</S/${node.role}/P ${parent}`;
  // Marked content on the element's one page is a bare MCID; on several pages, a reference naming its page.
  if (onePage) text += `/Pg ${pageRefs[onlyPage]}`;
  const kids = node.kids.map((kid) => (!isContent(kid) ? String(kid.ref) : onePage ? String(kid.mcid) : `<</Type/MCR/Pg ${pageRefs[kid.page]}/MCID ${kid.mcid}>>`));
  for (const link of node.links ?? []) kids.push(annotate(doc, node, link, written));
  if (kids.length === 1) text += `/K ${kids[0]}`;
  else if (kids.length > 1) text += `/K[${kids.join(' ')}]`;
  if (node.alt !== undefined) text += `/Alt${textString(node.alt)}`;
  if (node.actualText !== undefined) text += `/ActualText${textString(node.actualText)}`;
  if (node.scope) text += `/A ${scopeRef(doc, node.scope, written)}`;
  if (node.bbox) text += `/A<</O/Layout/BBox[${node.bbox.join(' ')}]>>`;
  doc.context.assign(node.ref!, new CompactObject(`${text}>>`));
  for (const kid of node.kids) if (!isContent(kid)) writeElement(doc, kid, node.ref!, written);
}

/** `parents[page][mcid]` is the element that page's marked content `mcid` belongs to. */
export function writeStructure(doc: PDFDocument, root: Element, parents: Element[][], pageRefs: PDFRef[]): void {
  const { context } = doc;
  const treeRoot = context.nextRef();
  assignRefs(doc, root);
  const written: Written = { pageRefs, annotations: [], annotationParents: [], scopes: new Map() };
  writeElement(doc, root, treeRoot, written);
  const nums: string[] = [];
  pageRefs.forEach((pageRef, page) => {
    const pageDict = context.lookup(pageRef) as ReturnType<PDFDocument['getPage']>['node'];
    pageDict.set(PDFName.of('StructParents'), PDFNumber.of(page));
    pageDict.set(PDFName.of('Tabs'), PDFName.of('S'));
    nums.push(`${page}[${(parents[page] ?? []).map((element) => String(element.ref)).join(' ')}]`);
    const annotations = written.annotations[page];
    if (annotations) pageDict.set(PDFName.of('Annots'), context.obj(annotations));
  });
  written.annotationParents.forEach((element, index) => nums.push(`${pageRefs.length + index} ${element}`));
  const nextKey = pageRefs.length + written.annotationParents.length;
  context.assign(treeRoot, new CompactObject(`<</Type/StructTreeRoot/K ${root.ref}/ParentTree<</Nums[${nums.join(' ')}]>>/ParentTreeNextKey ${nextKey}${ROLE_MAP}>>`));
  doc.catalog.set(PDFName.of('StructTreeRoot'), treeRoot);
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}
