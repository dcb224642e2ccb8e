/**
 * The tagged PDF's logical structure, built while the pages are drawn: every placed text or image
 * gets a marked-content id on its page and belongs to a leaf element (a paragraph, a heading, a
 * table cell, a list item's label or body); `finish` then arranges the leaves in flow order under
 * `Document`, grouping list items into `L`, contents lines into `TOC` and cells into rows of a
 * `Table`, and writes the tree (pdf-bytes/write-structure.ts). A cell that is just a web or e-mail address
 * holds a `Link` (links.ts), which its marked content belongs to.
 */
import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { FlowItem } from '../flow.ts';
import type { TextMeasure } from '../layout/measure.ts';
import type { PlacedImage, PlacedTag, PlacedText } from '../layout/placed.ts';
import { linkTarget } from '../addresses.ts';
import { pdfBox, textBox } from './links.ts';
import { flowRoles, isFactList, leafRole } from './structure-roles.ts';
import { writeStructure, type Element } from '../pdf-bytes/write-structure.ts';

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

const element = (role: string, extra: Partial<Element> = {}): Element => ({ role, kids: [], ...extra });

interface OpenList {
  indentMm: number;
  list: Element;
  body?: Element;
}

/** Which leaf of its flow item a piece belongs to: a table's cell, a fact list's row, a list item's label, or the item's one leaf. */
const leafKey = (tag: PlacedTag, factList: boolean): string => (tag.cell ? (factList ? `${tag.cell.row}` : `${tag.cell.row}:${tag.cell.column}`) : tag.label ? 'label' : '');

/** A table's cells as rows (header first), each row's cells by column. */
function tableRows(cells: Map<string, Element>): Element[] {
  const rows = new Map<number, Element[]>();
  for (const [key, cell] of cells) {
    const [row = 0, column = 0] = key.split(':').map(Number);
    const list = rows.get(row) ?? [];
    list[column] = cell;
    rows.set(row, list);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => element('TR', { kids: row.filter(Boolean) }));
}

export function createStructure(flow: FlowItem[], page: { measure: TextMeasure; pageHeightMm: number }): Structure {
  const roles = flowRoles(flow);
  const leaves = new Map<number, Map<string, Element>>();
  /** Links in running text, by flow item and link index. */
  const links = new Map<string, Element>();
  const parents: Element[][] = [];
  /** The leaf each page's last marked piece belongs to. */
  const lastLeaf: Element[] = [];

  /** Cells (by flow item, row and column) of which a piece has been marked. */
  const cellsBegun = new Set<string>();

  /**
   * A cell whose text is an address gets a `Link` inside it (inside its row's paragraph in a fact
   * list), over the first piece of it drawn; the cell's further pieces belong to the link too.
   */
  const linkIn = (leaf: Element, pageIndex: number, placed: PlacedText | PlacedImage, tag: PlacedTag & { cell: object }): Element | undefined => {
    const cellKey = `${tag.flow}:${tag.cell.row}:${tag.cell.column}`;
    const firstPiece = !cellsBegun.has(cellKey);
    cellsBegun.add(cellKey);
    const existing = leaf.kids.find((kid): kid is Element => 'role' in kid && kid.role === 'Link');
    if (existing && !firstPiece) return existing;
    const text = placed.kind === 'text' ? placed.lines.join('') : '';
    const uri = linkTarget(text);
    if (!uri || placed.kind !== 'text' || !firstPiece || existing) return undefined;
    const link = element('Link', { links: [{ page: pageIndex, rect: textBox(placed, page.measure, page.pageHeightMm), uri, contents: text }] });
    leaf.kids.push(link);
    return link;
  };

  /**
   * A piece of a link in running text: the `Link` element inside its paragraph (or list item),
   * begun where its first piece is drawn, with an annotation over every piece.
   */
  const inlineLink = (paragraph: Element, key: string, pageIndex: number, placed: PlacedText, uri: string): Element => {
    let link = links.get(key);
    if (!link) {
      links.set(key, (link = element('Link', { links: [] })));
      paragraph.kids.push(link);
    }
    const text = placed.lines.join('').trim();
    link.links!.push({ page: pageIndex, rect: textBox({ ...placed, lines: [text] }, page.measure, page.pageHeightMm), uri, contents: text });
    return link;
  };

  const mark = (pageIndex: number, tag: PlacedTag, placed: PlacedText | PlacedImage, joinable: boolean) => {
    const item = flow[tag.flow];
    const factList = isFactList(item);
    const { link: linkIndex, ...leafTag } = tag;
    const cellRole = leafRole(item, roles[tag.flow] ?? 'P', leafTag);
    let ofItem = leaves.get(tag.flow);
    if (!ofItem) leaves.set(tag.flow, (ofItem = new Map()));
    const key = leafKey(leafTag, factList);
    let leaf = ofItem.get(key);
    if (!leaf) {
      leaf = element(cellRole);
      if (item?.kind === 'text' && item.actualText && !tag.label) leaf.actualText = item.actualText;
      if (item?.kind === 'image' && item.alt) leaf.alt = item.alt;
      if (placed.kind === 'image') leaf.bbox = pdfBox(placed, page.pageHeightMm);
      if (cellRole === 'TH') leaf.scope = tag.cell && tag.cell.row < 0 ? 'Column' : 'Row';
      ofItem.set(key, leaf);
    }
    const inline = linkIndex !== undefined && item?.kind === 'text' ? item.links?.[linkIndex] : undefined;
    const holder =
      inline && placed.kind === 'text' ? inlineLink(leaf, `${tag.flow}:${linkIndex}`, pageIndex, placed, inline.uri) : (tag.cell && linkIn(leaf, pageIndex, placed, { ...tag, cell: tag.cell })) || leaf;
    const onPage = (parents[pageIndex] ??= []);
    // Text split around its links keeps its own spaces (layout/link-pieces.ts); any other piece
    // that goes on with the element drawn just before is apart from it (another line or column).
    const spaceBefore = joinable && lastLeaf[pageIndex] === leaf && !(item?.kind === 'text' && item.links?.length);
    lastLeaf[pageIndex] = leaf;
    // A row's label and value, drawn one after the other, are one marked content of their paragraph.
    if (joinable && onPage.at(-1) === holder) return { role: holder.role, mcid: onPage.length - 1, spaceBefore };
    const mcid = onPage.length;
    onPage.push(holder);
    holder.kids.push({ page: pageIndex, mcid });
    return { role: holder.role, mcid, spaceBefore };
  };

  const arrange = (): Element => {
    const document = element('Document');
    const lists: OpenList[] = [];
    let toc: Element | undefined;
    /** The open group (a quote, a callout), and how many lists were open when it began. */
    let group: { key: number; element: Element; lists: number } | undefined;
    const into = (parent: Element, kid: Element) => parent.kids.push(kid);
    flow.forEach((item, index) => {
      const ofItem = leaves.get(index);
      if (!ofItem) return;
      const itemGroup = item.kind === 'text' || item.kind === 'table' ? item.group : undefined;
      if (group && group.key !== itemGroup?.key) {
        // Lists begun inside a group end with it.
        lists.length = group.lists;
        group = undefined;
      }
      if (itemGroup && !group) {
        const opened = element(itemGroup.role);
        into(lists.at(-1)?.body ?? document, opened);
        group = { key: itemGroup.key, element: opened, lists: lists.length };
      }
      const indentMm = item.kind === 'text' ? (item.indentMm ?? 0) : 0;
      const isListItem = item.kind === 'text' && item.marker !== undefined;
      const outerLists = group?.lists ?? 0;
      while (lists.length > outerLists && (lists.at(-1)!.indentMm > indentMm || (!isListItem && lists.at(-1)!.indentMm === indentMm && !lists.at(-1)!.body))) lists.pop();
      const open = lists.at(-1);
      const container = group && lists.length === group.lists ? group.element : (open?.body ?? document);
      if (item.kind !== 'toc') toc = undefined;
      if (isListItem) {
        let list = open && open.indentMm === indentMm ? open : undefined;
        if (!list) {
          list = { indentMm, list: element('L') };
          into(container, list.list);
          lists.push(list);
        }
        const body = ofItem.get('') ?? element('LBody');
        const label = ofItem.get('label');
        into(list.list, element('LI', { kids: label ? [label, body] : [body] }));
        list.body = body;
      } else if (item.kind === 'toc') {
        if (!toc) into(container, (toc = element('TOC')));
        for (const leaf of ofItem.values()) into(toc, leaf);
      } else if (item.kind === 'table' && !isFactList(item)) {
        into(container, element('Table', { kids: tableRows(ofItem) }));
      } else {
        for (const leaf of ofItem.values()) into(container, leaf);
      }
    });
    return document;
  };

  return {
    mark,
    finish: (doc, pageRefs) => writeStructure(doc, arrange(), parents, pageRefs),
  };
}
