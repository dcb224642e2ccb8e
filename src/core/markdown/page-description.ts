/**
 * A page's meta description as plain text: what search engines and link previews show under the
 * title. Markdown (the site's intro, a provider's description) loses its markup; long text is cut
 * at a word, because previews show only about 160 characters.
 */
const LIMIT = 160;

/** The first paragraph of Markdown as plain text, cut to at most 160 characters at a word. */
export function plainDescription(markdown: string): string {
  const paragraph = markdown.trim().split(/\n\s*\n/).find((part) => /\w/.test(part)) ?? '';
  const text = paragraph
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= LIMIT) return text;
  const cut = text.slice(0, LIMIT - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), LIMIT / 2));
  return `${atWord.replace(/[\s,;:.]+$/, '')}…`;
}
