/**
 * Addresses in running text that the brochure makes clickable: the text a Markdown link gave an
 * address (the runs with `href`), and web and e-mail addresses written out. They are found in
 * the text as printed (after `clean`) as character ranges, which the layout draws as pieces of
 * their own and the tagged PDF makes `Link` elements with link annotations.
 */
import { linkTarget } from '../addresses.ts';
import type { Run } from '../blocks.ts';
import type { InlineLink } from '../flow.ts';

/** A web address (up to its last character that is not punctuation) or an e-mail address. */
const WRITTEN = /(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"’”]|[^\s@()<>:;,'"‘“]+@[^\s@()<>]+\.[a-z]{2,}/gi;

export interface Href {
  text: string;
  href: string;
}

/** The linked stretches of runs, next runs with the same address joined. */
export function hrefsOf(runs: Run[]): Href[] {
  const hrefs: Href[] = [];
  let previous: Run | undefined;
  for (const run of runs) {
    const last = hrefs.at(-1);
    if (run.href && last && previous?.href === run.href) last.text += run.text;
    else if (run.href) hrefs.push({ text: run.text, href: run.href });
    previous = run;
  }
  return hrefs;
}

/** `clean` sets a link's text as the whole text is set, so it is found again in it. */
export function inlineLinks(text: string, hrefs: Href[], clean: (text: string) => string): InlineLink[] {
  const links: InlineLink[] = [];
  let from = 0;
  for (const { text: linked, href } of hrefs) {
    const shown = clean(linked);
    const start = shown ? text.indexOf(shown, from) : -1;
    if (start < 0) continue;
    links.push({ start, end: start + shown.length, uri: href });
    from = start + shown.length;
  }
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return links;
  for (const match of text.matchAll(WRITTEN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!links.some((link) => start < link.end && link.start < end)) links.push({ start, end, uri: linkTarget(match[0]) ?? match[0] });
  }
  return links.sort((a, b) => a.start - b.start);
}
