/**
 * The one HTML sanitiser for everything content writes: raw HTML in intervention bodies and the
 * rendered HTML of every Markdown prose field (site.yaml's intro, steps and colophon, an
 * intervention's howToApply, a provider's description). hast-util-sanitize (the sanitiser behind
 * rehype-sanitize) with GitHub's allowlist: the elements Markdown produces, no scripts, styles,
 * frames or event attributes, and links only to http, https, mailto, tel or relative addresses.
 * Images come only from the site itself, which makes no requests to other hosts.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';

const SCHEMA: Schema = {
  ...defaultSchema,
  // Images keep only web addresses here (never data: or javascript:); keepSiteImages then keeps the site's own.
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

/** A made-up origin to resolve against: an address that keeps it is the site's own. */
const SITE = 'https://site.invalid';

/**
 * Whether an address leads to the site itself, as a browser reads it (the URL parser drops tabs
 * and newlines and reads `\` as `/`, so `/\elders.example/` is another host, as `//elders.example/` is).
 */
export function isSiteAddress(address: string): boolean {
  try {
    return address.trim() !== '' && new URL(address, `${SITE}/pagina/`).origin === SITE;
  } catch {
    return false;
  }
}

/**
 * An image from elsewhere becomes its alt text; one that stays gets an empty alt when its author
 * gave none (valid HTML, and what a screen reader made of it anyway: decoration).
 */
function siteImage(image: Element): ElementContent[] {
  const { src, alt } = image.properties;
  if (typeof src !== 'string' || !isSiteAddress(src)) return typeof alt === 'string' && alt ? [{ type: 'text', value: alt }] : [];
  if (alt === undefined) image.properties.alt = '';
  return [image];
}

function keepSiteImages(node: Root | Element): void {
  node.children = node.children.flatMap((child): RootContent[] => {
    if (child.type !== 'element') return [child];
    if (child.tagName === 'img') return siteImage(child);
    keepSiteImages(child);
    return [child];
  }) as Element['children'];
}

/** HTML as safe HTML: what the allowlist lacks is dropped, text stays text. */
export function sanitizeHtml(html: string): string {
  const safe = sanitize(htmlToHast(html, { fragment: true }) as Root, SCHEMA) as Root;
  keepSiteImages(safe);
  return toHtml(safe);
}
