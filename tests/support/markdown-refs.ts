/**
 * What a Markdown document promises its reader: the npm commands it names, the local files and headings
 * it links to, and the headings it offers to others. Read as GitHub renders it: links inside code are
 * not links, heading ids are GitHub's (github-slugger), and a heading inside a code block is no heading.
 */
import GithubSlugger from 'github-slugger';

/** `npm run build -- --strict` gives `{ kind: 'script', name: 'build' }`; `npx astro build` gives `{ kind: 'bin', name: 'astro' }`. */
export type NpmCommand =
  | { kind: 'script'; name: string }
  | { kind: 'npm'; name: string }
  | { kind: 'bin'; name: string }
  | { kind: 'file'; name: string };

export interface LocalLink {
  /** The file part as written, relative to the document; empty for a link to a heading in the document itself. */
  file: string;
  /** The heading id after `#`, or undefined. */
  anchor: string | undefined;
}

const FENCE = /^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$/gm;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

/** The text a reader sees as prose: code blocks and code spans blanked, so their `[x](y)` are not links. */
function prose(markdown: string): string {
  return markdown.replace(FENCE, '').replace(CODE_SPAN, '');
}

/** The code in the document, code blocks and code spans in reading order: where the docs write a command to type. */
function code(markdown: string): string {
  const blockOrSpan = new RegExp(`${FENCE.source}|${CODE_SPAN.source.replace('\\1', '\\2')}`, 'gm');
  return [...markdown.matchAll(blockOrSpan)].map((match) => match[0]).join('\n');
}

/** Every npm or npx command written as code; `npm` in a sentence is the tool, and `npm run …` names no script. */
export function npmCommands(markdown: string): NpmCommand[] {
  const commands: NpmCommand[] = [];
  for (const [, script, own] of code(markdown).matchAll(/\bnpm (?:run(?:-script)? +([a-z][\w:-]*[\w])|(?!run\b)([a-z][\w-]*))/g)) {
    if (script) commands.push({ kind: 'script', name: script });
    else if (own === 'test' || own === 'start') commands.push({ kind: 'script', name: own });
    else commands.push({ kind: 'npm', name: own! });
  }
  for (const [, bin, file] of code(markdown).matchAll(/\bnpx ([a-z][\w.-]*)(?: ((?:scripts|bench)\/[\w./-]+\.ts))?/g)) {
    commands.push(bin === 'node' && file ? { kind: 'file', name: file } : { kind: 'bin', name: bin! });
  }
  return commands;
}

/**
 * Source files the document names as code: `src/core/money/money.ts`, `layout/wrap.ts` (the end of a
 * path) or `search-words.ts` (a file name, which the tree holds once). Names with wildcards or
 * placeholders (`search-*.test.ts`, `<id>.yaml`), built files (`aanbod.json`) and hidden folders
 * (`node_modules/.astro`) are not sources.
 */
export function sourcePaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(CODE_SPAN)].map((match) => match[0].replace(/^`+|`+$/g, '').trim());
  return spans.filter(
    (span) =>
      /^[\w./-]+$/.test(span) &&
      !span.startsWith('.') &&
      (/^(src|scripts|tests|bench)\//.test(span) || /(^|\/)[^./][^/]*\.(ts|astro|mjs)$/.test(span)),
  );
}

/** Links that stay inside the repository: Markdown links and images, and HTML `src`/`href` attributes. */
export function localLinks(markdown: string): LocalLink[] {
  const text = prose(markdown);
  const targets = [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!),
    ...[...text.matchAll(/<(?:img|a)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!),
  ];
  return targets
    .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target) && !target.startsWith('/'))
    .map((target) => {
      const [file = '', anchor] = target.split('#');
      return { file: decodeURI(file), anchor };
    });
}

/** The ids GitHub gives the document's headings, plus explicit `<a id>`/`<a name>` anchors. */
export function headingIds(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const withoutFences = markdown.replace(FENCE, '');
  const ids = new Set<string>();
  for (const [, heading] of withoutFences.matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    ids.add(slugger.slug(headingText(heading!)));
  }
  for (const [, id] of withoutFences.matchAll(/<a\b[^>]*\b(?:id|name)="([^"]+)"/g)) ids.add(id!);
  return ids;
}

/** A heading as its reader sees it: `Aanbieders: \`providers/<id>.yaml\`` reads `Aanbieders: providers/<id>.yaml`. */
export function headingText(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|\*)(\S[\s\S]*?)\1/g, '$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
