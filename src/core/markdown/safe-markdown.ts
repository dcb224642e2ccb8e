/**
 * Markdown from site.yaml (the intro) and provider descriptions, rendered to HTML with raw HTML
 * shown as text and only safe link targets kept: content text is always escaped.
 */
import { defineMdastPlugin, markdownToHtml } from 'satteri';

const SAFE_LINK = /^(?:https?:|mailto:|tel:|#|\/|\.)/i;

/** Whether a link may stay a link: http, https, mailto, tel, or an address on the site itself. */
export const isSafeLink = (url: string): boolean => SAFE_LINK.test(url);

const escapeRawHtml = defineMdastPlugin({
  name: 'aanbodgids-escape-raw-html',
  html(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  link(node, ctx) {
    if (!isSafeLink(node.url)) ctx.replaceNode(node, { type: 'text', value: node.url });
  },
  image(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
});

export function markdownToSafeHtml(markdown: string): string {
  return markdownToHtml(markdown, { mdastPlugins: [escapeRawHtml] }).html;
}
