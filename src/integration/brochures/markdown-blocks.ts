/**
 * Intervention bodies and the site intro, parsed with satteri (the MDX engine Astro uses, GFM
 * tables included) into the brochure's small block model. aanbodgids's own components are drawn
 * as their page shows them (component-blocks.ts); ESM and expressions never pass the content
 * check, and would be code, not text.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Block, Run } from '../../brochure/blocks.ts';
import { componentBlocks, type JsxElement } from './component-blocks.ts';

/** Only web and e-mail addresses lead anywhere from a brochure: content never brings another scheme. */
const LINKABLE = /^(https?:\/\/[^\s"'<>]+|mailto:[^\s@"'<>]+@[^\s@"'<>]+)$/i;

/**
 * A Markdown link as printed: its text, clickable, and, when the text is not the address itself,
 * the address after it in brackets, since paper cannot be clicked.
 */
function linkRuns(url: string, runs: Run[]): Run[] {
  if (!LINKABLE.test(url)) return runs;
  const address = url.replace(/^mailto:/i, '');
  const text = runs.map((run) => run.text).join('').trim();
  const linked = runs.map((run) => ({ ...run, href: url }));
  return text === address || text === url ? linked : [...linked, { text: ' (' }, { text: address, href: url }, { text: ')' }];
}

const hasChildren = (node: Nodes): node is Nodes & Parent => 'children' in node && Array.isArray(node.children);

function runsOf(node: Nodes, strong = false): Run[] {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return [{ text: node.value, ...(strong ? { strong } : {}) }];
    case 'break':
      return [{ text: ' ' }];
    case 'strong':
      return node.children.flatMap((child) => runsOf(child, true));
    case 'link':
      return linkRuns(node.url, node.children.flatMap((child) => runsOf(child, strong)));
    case 'image':
      return node.alt ? [{ text: node.alt }] : [];
    case 'html':
    case 'mdxTextExpression':
    case 'mdxjsEsm':
      return [];
    default:
      return hasChildren(node) ? node.children.flatMap((child) => runsOf(child as Nodes, strong)) : [];
  }
}

const cellText = (node: Nodes): string => runsOf(node).map((run) => run.text).join('').trim();

function blocksOf(node: Nodes): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', level: node.depth, runs: runsOf(node) }];
    case 'paragraph': {
      const runs = runsOf(node);
      return runs.some((run) => run.text.trim()) ? [{ kind: 'paragraph', runs }] : [];
    }
    case 'list':
      return [{ kind: 'list', ordered: Boolean(node.ordered), start: node.start ?? 1, items: node.children.map((item) => item.children.flatMap((child) => blocksOf(child as Nodes))) }];
    case 'table':
      return [{ kind: 'table', rows: node.children.map((row) => row.children.map((cell) => cellText(cell))) }];
    case 'blockquote':
      return [{ kind: 'quote', tag: 'BlockQuote', blocks: node.children.flatMap((child) => blocksOf(child as Nodes)) }];
    case 'code':
      return [{ kind: 'quote', blocks: node.value.split('\n').filter(Boolean).map((line): Block => ({ kind: 'paragraph', runs: [{ text: line }] })) }];
    case 'mdxJsxFlowElement':
      return componentBlocks(node as unknown as JsxElement, (children) => children.flatMap((child) => blocksOf(child as Nodes)));
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return [];
    default:
      return hasChildren(node) ? node.children.flatMap((child) => blocksOf(child as Nodes)) : [];
  }
}

export function markdownBlocks(source: string, format: 'md' | 'mdx'): Block[] {
  const tree = (format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source)) as Root;
  return blocksOf(tree);
}
