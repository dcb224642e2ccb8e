/**
 * Draws a result card (see search-view.ts) as elements like the grouped list's cards, with DOM
 * calls only: titles and excerpts come from content, so nothing is ever inserted as HTML.
 */
import type { ResultCardView } from './search-view.ts';
import { element } from '../dom/element.ts';

/** Rebuilds Pagefind's excerpt from text and `<mark>` only, whatever else it might hold. */
function excerptNodes(excerpt: string, doc: Document = document): Node[] {
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

function withDomainColor<T extends HTMLElement>(node: T, color: string | undefined): T {
  if (color) node.style.setProperty('--domain-color', color);
  return node;
}

function badges(view: ResultCardView): HTMLUListElement {
  const list = element('ul', 'badges');
  list.append(
    element('li', `badge badge-offer badge-${view.offer}`, view.offerLabel),
    withDomainColor(element('li', 'badge badge-domain', view.domainLabel), view.domainColor),
  );
  return list;
}

function factList(view: ResultCardView): HTMLDListElement {
  const list = element('dl', 'facts facts-inline');
  for (const fact of view.facts) {
    const row = element('div');
    row.append(element('dt', undefined, fact.label), ' ', element('dd', undefined, fact.value));
    list.append(row, ' ');
  }
  return list;
}

function summaryText(view: ResultCardView): HTMLParagraphElement {
  const text = element('p', 'card-summary');
  text.append(...view.summary.map((part) => (part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text))));
  return text;
}

export function resultCard(view: ResultCardView): HTMLLIElement {
  const item = element('li');
  const card = withDomainColor(element('article', `card card-${view.offer}`), view.domainColor);
  const heading = element('h3', 'card-title');
  const link = element('a', undefined, view.title);
  link.href = view.href;
  heading.append(link);
  card.append(heading, summaryText(view));
  if (view.excerpt !== null) {
    const excerpt = element('p', 'card-excerpt');
    excerpt.append(...excerptNodes(view.excerpt));
    card.append(excerpt);
  }
  card.append(badges(view));
  if (view.facts.length > 0) card.append(factList(view));
  if (view.choose) {
    // Filled by the choose control (src/islands/choosing), as on the grouped list.
    const choose = element('div', 'choose');
    const { intervention, schoolTypes, unavailable, full, choosers } = view.choose;
    Object.assign(choose.dataset, { choose: intervention, schoolTypes }, unavailable && { unavailable }, full && { full }, choosers && { choosers });
    card.append(choose);
  }
  item.append(card);
  return item;
}
