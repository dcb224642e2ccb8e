/**
 * Raw HTML in an intervention body, cleaned by hast-util-sanitize (the sanitiser behind
 * rehype-sanitize, with GitHub's allowlist: the elements Markdown produces, no scripts, styles,
 * frames or event attributes, and links only to http, https, mailto, tel or relative addresses).
 */
import type { Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';

const BODY_SCHEMA: Schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

/** A fragment of raw HTML as safe HTML: what the allowlist lacks is dropped, text stays text. */
export function sanitizeHtmlFragment(html: string): string {
  return toHtml(sanitize(htmlToHast(html, { fragment: true }) as Root, BODY_SCHEMA));
}
