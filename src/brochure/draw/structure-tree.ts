/**
 * The tagged PDF's logical structure, built while the pages are drawn: every placed text or image
 * gets a marked-content id on its page and belongs to a leaf element (a paragraph, a heading, a
 * table cell, a list item's label or body); `finish` then arranges the leaves in flow order under
 * `Document` (arrange-structure.ts) and writes the tree (pdf-bytes/write-structure.ts). A cell
 * that is just a web or e-mail address holds a `Link` (links.ts), which its marked content
 * belongs to.
 */
import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { FlowItem } from '../flow.ts';
import type { TextMeasure } from '../layout/measure.ts';
import type { PlacedImage, PlacedTag, PlacedText } from '../layout/placed.ts';
import { linkTarget } from '../addresses.ts';
import { pdfBox, textBox } from './links.ts';
import { flowRoles, isFactList, leafRole } from './structure-roles.ts';
import { element, writeStructure, type Element } from '../pdf-bytes/write-structure.ts';
import { arrangeStructure, type Leaves } from './arrange-structure.ts';

export interface Structure {
  /**
   * The marked-content id (per page, in drawing order) and tag of a placed text or image. When
   * `joinable` (the piece drawn just before it is still marked), a piece of the same element
   * continues that marked content instead of starting its own.
   */
  mark(page: number, tag: PlacedTag, item: PlacedText | PlacedImage, joinable: boolean): { role: string; mcid: number; spaceBefore: boolean };
  /** Writes the structure tree, the parent tree and the catalog's and pages' entries. */
  finish(doc: PDFDocument, pageRefs: PDFRef[]): void;
}

/** Which leaf of its flow item a piece belongs to: a table's cell, a fact list's row, a list item's label, or the item's one leaf. */
const leafKey = (tag: PlacedTag, factList: boolean): string => (tag.cell ? (factList ? `${tag.cell.row}` : `${tag.cell.row}:${tag.cell.column}`) : tag.label ? 'label' : '');

/** What marking has found so far, while the pages are drawn. */
interface Marking {
  flow: FlowItem[];
  roles: string[];
  page: { measure: TextMeasure; pageHeightMm: number };
  leaves: Leaves;
  /** Links in running text, by flow item and link index. */
  links: Map<string, Element>;
  /** Cells (by flow item, row and column) of which a piece has been marked. */
  cellsBegun: Set<string>;
  /** The element each page's marked contents belong to, by MCID. */
  parents: Element[][];
  /** The leaf each page's last marked piece belongs to. */
  lastLeaf: Element[];
}

/**
 * A cell whose text is an address gets a `Link` inside it (inside its row's paragraph in a fact
 * list), over the first piece of it drawn; the cell's further pieces belong to the link too.
 */
function cellLink(marking: Marking, leaf: Element, pageIndex: number, placed: PlacedText | PlacedImage, tag: PlacedTag & { cell: object }): Element | undefined {
  const cellKey = `${tag.flow}:${tag.cell.row}:${tag.cell.column}`;
  const firstPiece = !marking.cellsBegun.has(cellKey);
  marking.cellsBegun.add(cellKey);
  const existing = leaf.kids.find((kid): kid is Element => 'role' in kid && kid.role === 'Link');
  if (existing && !firstPiece) return existing;
  const text = placed.kind === 'text' ? placed.lines.join('') : '';
  const uri = linkTarget(text);
  if (!uri || placed.kind !== 'text' || !firstPiece || existing) return undefined;
  const { measure, pageHeightMm } = marking.page;
  const link = element('Link', { links: [{ page: pageIndex, rect: textBox(placed, measure, pageHeightMm), uri, contents: text }] });
  leaf.kids.push(link);
  return link;
}

/**
 * A piece of a link in running text: the `Link` element inside its paragraph (or list item),
 * begun where its first piece is drawn, with an annotation over every piece.
 */
function inlineLink(marking: Marking, paragraph: Element, key: string, pageIndex: number, placed: PlacedText, uri: string): Element {
  let link = marking.links.get(key);
  if (!link) {
    marking.links.set(key, (link = element('Link', { links: [] })));
    paragraph.kids.push(link);
  }
  const text = placed.lines.join('').trim();
  const { measure, pageHeightMm } = marking.page;
  link.links!.push({ page: pageIndex, rect: textBox({ ...placed, lines: [text] }, measure, pageHeightMm), uri, contents: text });
  return link;
}

/** The leaf element a piece belongs to, made when its first piece is marked. */
function leafOf(marking: Marking, tag: PlacedTag, placed: PlacedText | PlacedImage): Element {
  const item = marking.flow[tag.flow];
  const { link: _link, ...leafTag } = tag;
  let ofItem = marking.leaves.get(tag.flow);
  if (!ofItem) marking.leaves.set(tag.flow, (ofItem = new Map()));
  const key = leafKey(leafTag, isFactList(item));
  let leaf = ofItem.get(key);
  if (leaf) return leaf;
  const role = leafRole(item, marking.roles[tag.flow] ?? 'P', leafTag);
  leaf = element(role);
  if (item?.kind === 'text' && item.actualText && !tag.label) leaf.actualText = item.actualText;
  if (item?.kind === 'image' && item.alt) leaf.alt = item.alt;
  if (placed.kind === 'image') leaf.bbox = pdfBox(placed, marking.page.pageHeightMm);
  if (role === 'TH') leaf.scope = tag.cell && tag.cell.row < 0 ? 'Column' : 'Row';
  ofItem.set(key, leaf);
  return leaf;
}

function markPiece(marking: Marking, pageIndex: number, tag: PlacedTag, placed: PlacedText | PlacedImage, joinable: boolean): ReturnType<Structure['mark']> {
  const item = marking.flow[tag.flow];
  const leaf = leafOf(marking, tag, placed);
  const linkIndex = tag.link;
  const inline = linkIndex !== undefined && item?.kind === 'text' ? item.links?.[linkIndex] : undefined;
  const holder =
    inline && placed.kind === 'text' ? inlineLink(marking, leaf, `${tag.flow}:${linkIndex}`, pageIndex, placed, inline.uri) : (tag.cell && cellLink(marking, leaf, pageIndex, placed, { ...tag, cell: tag.cell })) || leaf;
  const onPage = (marking.parents[pageIndex] ??= []);
  // Text split around its links keeps its own spaces (layout/link-pieces.ts); any other piece
  // that goes on with the element drawn just before is apart from it (another line or column).
  const spaceBefore = joinable && marking.lastLeaf[pageIndex] === leaf && !(item?.kind === 'text' && item.links?.length);
  marking.lastLeaf[pageIndex] = leaf;
  // A row's label and value, drawn one after the other, are one marked content of their paragraph.
  if (joinable && onPage.at(-1) === holder) return { role: holder.role, mcid: onPage.length - 1, spaceBefore };
  const mcid = onPage.length;
  onPage.push(holder);
  holder.kids.push({ page: pageIndex, mcid });
  return { role: holder.role, mcid, spaceBefore };
}

export function createStructure(flow: FlowItem[], page: { measure: TextMeasure; pageHeightMm: number }): Structure {
  const marking: Marking = { flow, roles: flowRoles(flow), page, leaves: new Map(), links: new Map(), cellsBegun: new Set(), parents: [], lastLeaf: [] };
  return {
    mark: (pageIndex, tag, placed, joinable) => markPiece(marking, pageIndex, tag, placed, joinable),
    finish: (doc, pageRefs) => writeStructure(doc, arrangeStructure(flow, marking.leaves), marking.parents, pageRefs),
  };
}
