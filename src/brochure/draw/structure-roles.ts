/**
 * What each flow item is in the tagged PDF's structure tree, read from the flow itself: a heading's
 * level from the outline (any other heading sits one level below the last outline heading, so no
 * level is skipped), a text with a marker is a list item, a contents line a
 * `TOCI`, a table's header cells `TH`, the logo a `Figure`, anything else its `role` or `P`.
 */
import type { FlowItem } from '../flow.ts';
import type { PlacedTag } from '../layout/placed.ts';

const MAX_HEADING = 6;

/** The element role of every flow item (tables, lists and contents lines get their parts' roles from `leafRole`). */
export function flowRoles(flow: FlowItem[]): string[] {
  let outlineLevel = 0;
  return flow.map((item) => {
    switch (item.kind) {
      case 'text': {
        const outline = item.anchor?.outline;
        if (outline) {
          outlineLevel = outline.level + 1;
          return `H${Math.min(outlineLevel, MAX_HEADING)}`;
        }
        if (item.role === 'Heading') return `H${Math.min(outlineLevel + 1, MAX_HEADING)}`;
        return item.role ?? 'P';
      }
      case 'toc':
        return 'TOCI';
      case 'table':
        return 'Table';
      case 'image':
        return 'Figure';
      default:
        return '';
    }
  });
}

/**
 * A list of facts (content/fact-list.ts: bold labels in its first column, no header) is read as
 * the site's description list reads: each row one paragraph, its label and then its value.
 * Tagged as a table, every row would take three elements (`TR`, `TH`, `TD`) where a paragraph
 * takes one.
 */
export const isFactList = (item: FlowItem | undefined): boolean => item?.kind === 'table' && item.strongFirstColumn === true && item.header.length === 0;

/** The role of the element a placed piece is marked as: a table cell, a list item's label or body, or the item's own role. */
export function leafRole(item: FlowItem | undefined, itemRole: string, tag: PlacedTag): string {
  if (tag.cell && isFactList(item)) return 'P';
  if (tag.cell) {
    const rowHeader = item?.kind === 'table' && item.strongFirstColumn === true && tag.cell.column === 0;
    return tag.cell.row < 0 || rowHeader ? 'TH' : 'TD';
  }
  if (tag.label) return 'Lbl';
  if (item?.kind === 'text' && item.marker) return 'LBody';
  return itemRole;
}
