/**
 * Astro's Markdown and MDX rendering of intervention bodies, made safe: raw HTML goes through the
 * sanitiser, and a link or image whose address is not http, https, mailto, tel or relative
 * (`javascript:`, `data:`) becomes plain text. An image, inline or by reference, loads only from
 * the site itself (the site makes no requests to other hosts), else it is its alt text, as in the
 * prose fields, whose rendered HTML goes through the same sanitiser (core/markdown/safe-markdown.ts).
 * Added to the Markdown processor by the integration, so MDX (which extends it) gets it too. Made
 * per document, since a reference image's address is in a definition anywhere in that document.
 */
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { definitionAddresses, imageAddress, isOtherHostImage, type ImageNode } from '../../core/markdown/other-host-images.ts';
import { isSafeLink } from '../../core/markdown/safe-markdown.ts';
import { sanitizeHtml } from '../../core/markdown/sanitize-html.ts';

export function safeBodyPlugin(): MdastPluginDefinition {
  let definitions = new Map<string, string>();
  const altText = (node: ImageNode) => ({ type: 'text' as const, value: node.alt ?? '' });
  return defineMdastPlugin({
    name: 'aanbodgids-safe-body',
    before(root) {
      definitions = definitionAddresses(root as ImageNode);
    },
    html(node, ctx) {
      const safe = sanitizeHtml(node.value);
      if (safe !== node.value) ctx.replaceNode(node, { type: 'html', value: safe });
    },
    link(node, ctx) {
      if (!isSafeLink(node.url)) ctx.replaceNode(node, { type: 'text', value: node.url });
    },
    image(node, ctx) {
      if (!isSafeLink(node.url) || isOtherHostImage(node.url)) ctx.replaceNode(node, altText(node));
    },
    imageReference(node, ctx) {
      if (isOtherHostImage(imageAddress(node, definitions))) ctx.replaceNode(node, altText(node));
    },
    definition(node, ctx) {
      // A reference link takes its address from here: a definition with an unsafe one is dropped.
      if (!isSafeLink(node.url)) ctx.removeNode(node);
    },
  });
}
