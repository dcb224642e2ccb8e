/**
 * Astro's Markdown and MDX rendering of intervention bodies, made safe: raw HTML goes through the
 * sanitiser, and a link or image whose address is not http, https, mailto, tel or relative
 * (`javascript:`, `data:`) becomes plain text. The prose fields' rendered HTML goes through the
 * same sanitiser (core/markdown/safe-markdown.ts).
 * Added to the Markdown processor by the integration, so MDX (which extends it) gets it too.
 */
import { defineMdastPlugin } from 'satteri';
import { isSafeLink } from '../../core/markdown/safe-markdown.ts';
import { sanitizeHtml } from '../../core/markdown/sanitize-html.ts';

export const safeBodyPlugin = defineMdastPlugin({
  name: 'aanbodgids-safe-body',
  html(node, ctx) {
    const safe = sanitizeHtml(node.value);
    if (safe !== node.value) ctx.replaceNode(node, { type: 'html', value: safe });
  },
  link(node, ctx) {
    if (!isSafeLink(node.url)) ctx.replaceNode(node, { type: 'text', value: node.url });
  },
  image(node, ctx) {
    if (!isSafeLink(node.url)) ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
  definition(node, ctx) {
    // A reference link takes its address from here: a definition with an unsafe one is dropped.
    if (!isSafeLink(node.url)) ctx.removeNode(node);
  },
});
