/** Reading pages of a built site in tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement, type Node } from 'node-html-parser';

/** Text of a node with a space between elements (textContent would glue "Kosten" to "€ 450,00"). */
export function textOf(node: Node): string {
  const raw = node.nodeType === 3 ? node.text : node.childNodes.map(textOf).join(' ');
  return raw.replace(/\s+/g, ' ').trim();
}

/** Every HTML file of a built site, relative to it, in order: `index.html`, `aanbod/index.html`... */
export function htmlFilesOf(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

export interface BuiltPage {
  html: string;
  document: HTMLElement;
  /** The text of an element, white space collapsed. */
  text(selector: string): string;
}

export function readPage(dist: string, urlPath: string): BuiltPage {
  const file = path.join(dist, urlPath, urlPath.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`No page ${urlPath} in ${dist}`);
  const html = readFileSync(file, 'utf8');
  const document = parse(html);
  return {
    html,
    document,
    text(selector) {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`No ${selector} on ${urlPath}`);
      return textOf(element);
    },
  };
}
