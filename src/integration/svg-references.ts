/**
 * How many elements an SVG becomes once every reference is followed. A `<use>` copies the element it
 * names, and that element may hold more `<use>`s: ten levels of ten copies are 1.5 KB of text and
 * ten billion shapes, which hang a visitor's browser and stop resvg. The count follows `href` and
 * `url(#id)` references and stops at the limit, so a hostile file costs no more than a fair one.
 */
import type { Element, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';

const URL_REFERENCE = /url\(\s*['"]?\s*#([^'")\s]+)/g;

/** The ids an element names: its href and every url(#id) in its attributes. */
function referencedIds(element: Element): string[] {
  const ids: string[] = [];
  for (const [name, value] of Object.entries(element.properties)) {
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if ((name === 'href' || name === 'xLinkHref') && text.startsWith('#')) ids.push(text.slice(1));
    for (const match of text.matchAll(URL_REFERENCE)) ids.push(match[1]!);
  }
  return ids;
}

function elementsById(node: Root | RootContent, found: Map<string, Element>): Map<string, Element> {
  if (node.type === 'element' && typeof node.properties.id === 'string' && !found.has(node.properties.id)) found.set(node.properties.id, node);
  if (node.type === 'element' || node.type === 'root') node.children.forEach((child) => elementsById(child, found));
  return found;
}

/**
 * The number of elements the SVG draws with every reference expanded, or `Infinity` once it passes
 * `limit` or an element refers to itself (directly or through others).
 */
export function expandedElementCount(svg: string, limit: number): number {
  const tree = htmlToHast(svg, { fragment: true, space: 'svg' }) as Root;
  const byId = elementsById(tree, new Map());
  const sizes = new Map<Element, number>();
  const open = new Set<Element>();
  const size = (node: RootContent | Root): number => {
    if (node.type === 'root') return node.children.reduce((sum, child) => Math.min(Infinity, sum + size(child)), 0);
    if (node.type !== 'element') return 0;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) return Infinity;
    open.add(node);
    let total = 1;
    for (const part of [...node.children, ...referencedIds(node).flatMap((id) => byId.get(id) ?? [])]) {
      total += size(part);
      if (total > limit) total = Infinity;
      if (total === Infinity) break;
    }
    open.delete(node);
    sizes.set(node, total);
    return total;
  };
  return size(tree);
}
