/**
 * Raw HTML in an intervention body, cleaned by hast-util-sanitize (the sanitiser behind
 * rehype-sanitize, with GitHub's allowlist: the elements Markdown produces, no scripts, styles,
 * frames or event attributes, and links only to http, https, mailto, tel or relative addresses).
 */
import type { Element, Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';

const BODY_SCHEMA: Schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

/**
 * An image the author gave no alt text is valid HTML only with one: an empty alt says it is
 * decoration, which is what a screen reader made of it anyway (it cannot describe it).
 */
function giveImagesAlt(node: Root | RootContent): void {
  if (node.type === 'element' && node.tagName === 'img' && (node as Element).properties.alt === undefined) node.properties.alt = '';
  if ('children' in node) for (const child of node.children) giveImagesAlt(child);
}

/** A fragment of raw HTML as safe HTML: what the allowlist lacks is dropped, text stays text. */
export function sanitizeHtmlFragment(html: string): string {
  const safe = sanitize(htmlToHast(html, { fragment: true }) as Root, BODY_SCHEMA) as Root;
  giveImagesAlt(safe);
  return toHtml(safe);
}
