/**
 * Markdown prose fields (site.yaml's intro, steps and colophon, an intervention's howToApply, a
 * provider's description) rendered to HTML and then sanitised as a whole with the one sanitiser
 * the bodies use: whatever form a link or image takes in Markdown (inline, reference, autolink),
 * the HTML that reaches a page holds no unsafe address. Raw HTML is shown as text.
 */
import { defineMdastPlugin, markdownToHtml, markdownToMdast } from 'satteri';
import { sanitizeHtml } from './sanitize-html.ts';

const SAFE_LINK = /^(?:https?:|mailto:|tel:|#|\/|\.)/i;

/** Whether a link may stay a link: http, https, mailto, tel, or an address on the site itself. */
export const isSafeLink = (url: string): boolean => SAFE_LINK.test(url);

const rawHtmlAsText = defineMdastPlugin({
  name: 'aanbodgids-raw-html-as-text',
  html(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
});

export function markdownToSafeHtml(markdown: string): string {
  return sanitizeHtml(markdownToHtml(markdown, { mdastPlugins: [rawHtmlAsText] }).html);
}

interface SourceNode {
  type: string;
  url?: string;
  alt?: string | null;
  position?: { start: { offset: number }; end: { offset: number } };
  children?: SourceNode[];
}

const escapeTags = (html: string): string => html.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** What an unsafe node's source becomes: a link its text, an image its alt, raw HTML text; undefined keeps it. */
function replacement(node: SourceNode, source: string): string | undefined {
  if (node.type === 'html') return escapeTags(source.slice(node.position?.start.offset, node.position?.end.offset));
  if (node.url === undefined || isSafeLink(node.url)) return undefined;
  if (node.type === 'image') return node.alt ?? '';
  const [first, last] = [node.children?.at(0)?.position, node.children?.at(-1)?.position];
  return node.type === 'link' && first && last ? source.slice(first.start.offset, last.end.offset) : '';
}

/**
 * Markdown as published for others to render (the open data): every link, image and reference
 * definition with an unsafe address taken out of the source (a link keeps its text, an image its
 * alt text) and raw HTML written as text, as the site shows it. Whoever renders it gets no script.
 */
export function markdownWithSafeLinks(markdown: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: SourceNode): void => {
    const text = node.position ? replacement(node, markdown) : undefined;
    if (text !== undefined && node.position) edits.push({ start: node.position.start.offset, end: node.position.end.offset, text });
    else node.children?.forEach(visit);
  };
  visit(markdownToMdast(markdown) as SourceNode);
  // From the end, so each edit's offsets still hold.
  return edits.sort((a, b) => b.start - a.start).reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), markdown);
}
