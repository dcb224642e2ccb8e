/**
 * Draws search results as cards like the grouped list's, with DOM calls only: titles and
 * excerpts come from content, so nothing is ever inserted as HTML.
 */
import type { PagefindResultData } from './pagefind-client.ts';

/** Rebuilds Pagefind's excerpt from text and `<mark>` only, whatever else it might hold. */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const nodes: Node[] = [];
  parsed.body.firstElementChild?.childNodes.forEach((node) => {
    const text = node.textContent ?? '';
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = text;
      nodes.push(mark);
    } else {
      nodes.push(doc.createTextNode(text));
    }
  });
  return nodes;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Colours are checked as hex codes by the site schema; this only keeps anything else out of a style. */
const domainColor = (meta: PagefindResultData['meta']): string | undefined =>
  meta.domain_color && /^#[0-9a-f]{3,6}$/i.test(meta.domain_color) ? meta.domain_color : undefined;

function badges(meta: PagefindResultData['meta']): HTMLUListElement {
  const list = element('ul', 'badges');
  const offer = meta.offer === 'fixed' ? 'fixed' : 'optional';
  list.append(element('li', `badge badge-offer badge-${offer}`, meta.offer_label ?? ''));
  const domain = element('li', 'badge badge-domain', meta.domain_label ?? '');
  const color = domainColor(meta);
  if (color) domain.style.setProperty('--domain-color', color);
  list.append(domain);
  return list;
}

/** One result: title linking to the page, the excerpt with the hit marked (or the summary), badges. */
export function resultCard(data: PagefindResultData, withExcerpt: boolean): HTMLLIElement {
  const item = element('li');
  const offer = data.meta.offer === 'fixed' ? 'fixed' : 'optional';
  const card = element('article', `card card-${offer}`);
  const color = domainColor(data.meta);
  if (color) card.style.setProperty('--domain-color', color);
  const heading = element('h3', 'card-title');
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const text = element('p', 'card-summary');
  if (withExcerpt && data.excerpt) text.append(...excerptNodes(data.excerpt));
  else text.textContent = data.meta.summary ?? '';
  card.append(heading, text, badges(data.meta));
  if (offer === 'optional' && data.meta.intervention) {
    // Filled by the choose control (src/islands/choosing), as on the grouped list.
    const choose = element('div', 'choose');
    choose.dataset.choose = data.meta.intervention;
    choose.dataset.schoolTypes = data.meta.school_types ?? '';
    card.append(choose);
  }
  item.append(card);
  return item;
}
