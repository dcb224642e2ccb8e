/**
 * The tagged PDF's leaves arranged in flow order under `Document`: list items into `L` (a list
 * nested by its indent), contents lines into `TOC`, a table's cells into the rows of a `Table`,
 * and the items of a quote or callout into the element of their group.
 */
import type { FlowGroup, FlowItem } from '../flow.ts';
import { element, type Element } from '../pdf-bytes/write-structure.ts';
import { isFactList } from './structure-roles.ts';

/** The leaves of each flow item that was drawn, by flow index, each under its key (structure-tree.ts `leafKey`). */
export type Leaves = Map<number, Map<string, Element>>;

interface OpenList {
  indentMm: number;
  list: Element;
  body?: Element;
}

/** Where the arranging stands: the lists open, the open group and the open table of contents. */
interface Arrangement {
  document: Element;
  lists: OpenList[];
  toc: Element | undefined;
  /** The open group (a quote, a callout), and how many lists were open when it began. */
  group: { key: number; element: Element; lists: number } | undefined;
}

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

/** Ends the open group when the item is not in it (with the lists begun inside it), and opens the item's own group. */
function enterGroup(state: Arrangement, itemGroup: FlowGroup | undefined): void {
  if (state.group && state.group.key !== itemGroup?.key) {
    state.lists.length = state.group.lists;
    state.group = undefined;
  }
  if (itemGroup && !state.group) {
    const opened = element(itemGroup.role);
    (state.lists.at(-1)?.body ?? state.document).kids.push(opened);
    state.group = { key: itemGroup.key, element: opened, lists: state.lists.length };
  }
}

/**
 * Ends the lists the item is not in (deeper ones, and one at its indent it does not go on with)
 * and gives the element the item goes in: the open list item's body, the group, or the document.
 */
function containerFor(state: Arrangement, indentMm: number, isListItem: boolean): Element {
  const { lists } = state;
  const outerLists = state.group?.lists ?? 0;
  while (lists.length > outerLists && (lists.at(-1)!.indentMm > indentMm || (!isListItem && lists.at(-1)!.indentMm === indentMm && !lists.at(-1)!.body))) lists.pop();
  const open = lists.at(-1);
  return state.group && lists.length === state.group.lists ? state.group.element : (open?.body ?? state.document);
}

/** A list item (`LI` with its `Lbl` and `LBody`) in the list open at its indent, or in a new one. */
function addListItem(state: Arrangement, container: Element, indentMm: number, leaves: Map<string, Element>): void {
  const open = state.lists.at(-1);
  let list = open && open.indentMm === indentMm ? open : undefined;
  if (!list) {
    list = { indentMm, list: element('L') };
    container.kids.push(list.list);
    state.lists.push(list);
  }
  const body = leaves.get('') ?? element('LBody');
  const label = leaves.get('label');
  list.list.kids.push(element('LI', { kids: label ? [label, body] : [body] }));
  list.body = body;
}

function addItem(state: Arrangement, item: FlowItem, leaves: Map<string, Element>): void {
  const indentMm = item.kind === 'text' ? (item.indentMm ?? 0) : 0;
  const isListItem = item.kind === 'text' && item.marker !== undefined;
  const container = containerFor(state, indentMm, isListItem);
  if (item.kind !== 'toc') state.toc = undefined;
  if (isListItem) {
    addListItem(state, container, indentMm, leaves);
  } else if (item.kind === 'toc') {
    if (!state.toc) container.kids.push((state.toc = element('TOC')));
    for (const leaf of leaves.values()) state.toc.kids.push(leaf);
  } else if (item.kind === 'table' && !isFactList(item)) {
    container.kids.push(element('Table', { kids: tableRows(leaves) }));
  } else {
    for (const leaf of leaves.values()) container.kids.push(leaf);
  }
}

export function arrangeStructure(flow: FlowItem[], leaves: Leaves): Element {
  const state: Arrangement = { document: element('Document'), lists: [], toc: undefined, group: undefined };
  flow.forEach((item, index) => {
    const ofItem = leaves.get(index);
    if (!ofItem) return;
    enterGroup(state, item.kind === 'text' || item.kind === 'table' ? item.group : undefined);
    addItem(state, item, ofItem);
  });
  return state.document;
}
