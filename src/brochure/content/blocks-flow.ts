/** An intervention body (or the intro) as flow items: headings, paragraphs, lists, tables, quotes. */
import { curlyQuotes } from '../../core/strings/typography.ts';
import { plainText as rawText, type Block, type Run } from '../blocks.ts';
import type { FlowItem } from '../flow.ts';
import type { FlowContext } from './flow-context.ts';
import { hrefsOf } from './inline-links.ts';
import { MUTED, styles } from './styles.ts';

const LIST_INDENT_MM = 6;

/** Markdown's text with curly quotes, as the web pages render it. */
const plainText = (runs: Run[]): string => curlyQuotes(rawText(runs));

/**
 * What the blocks are about (an intervention's title): a table that runs onto the next page
 * repeats it there, "… (vervolg)", above its header, so no page starts in a table nobody can name.
 */
type Subject = string | undefined;

function listFlow(block: Extract<Block, { kind: 'list' }>, indentMm: number, context: FlowContext, subject: Subject): FlowItem[] {
  return block.items.flatMap((item, index) => {
    const marker = block.ordered ? `${block.start + index}.` : '•';
    const [first, ...rest] = item;
    const lead: FlowItem[] =
      first?.kind === 'paragraph'
        ? [context.text(plainText(first.runs), styles.listItem, { indentMm: indentMm + LIST_INDENT_MM, marker }, hrefsOf(first.runs))]
        : [context.text('', styles.listItem, { indentMm: indentMm + LIST_INDENT_MM, marker }), ...(first ? blockFlow(first, indentMm + LIST_INDENT_MM, context, subject) : [])];
    return [...lead, ...rest.flatMap((inner) => blockFlow(inner, indentMm + LIST_INDENT_MM, context, subject))];
  });
}

/** The column with the most text: it takes the width the others do not need (a week number stays narrow). */
function longestColumn(rows: string[][]): number {
  const lengths = rows.reduce<number[]>((sums, row) => row.map((cell, column) => (sums[column] ?? 0) + cell.length), []);
  return lengths.indexOf(Math.max(...lengths));
}

function blockFlow(block: Block, indentMm: number, context: FlowContext, subject: Subject): FlowItem[] {
  switch (block.kind) {
    case 'heading':
      return [context.heading(plainText(block.runs), block.level <= 2 ? styles.h3 : styles.h4, undefined, { indentMm })];
    case 'paragraph':
      return [context.text(plainText(block.runs), styles.body, { indentMm }, hrefsOf(block.runs))];
    case 'list':
      return [...listFlow(block, indentMm, context, subject), { kind: 'space', heightMm: 1.5 }];
    case 'table': {
      const [header = [], ...rows] = block.rows.map((row) => row.map((cell) => context.clean(curlyQuotes(cell))));
      const continued = subject === undefined ? {} : { continued: context.b.continued(context.clean(subject)) };
      return [{ kind: 'table', align: [], header, rows, style: styles.table, stretch: longestColumn(block.rows), ...continued }];
    }
    case 'quote':
      return quoteFlow(block, indentMm, context, subject);
  }
}

/**
 * A quote or callout: indented and muted, under a callout's title in bold, and one element in the
 * tagged PDF around its paragraphs (a quote nested in it stays its own element).
 */
function quoteFlow(block: Extract<Block, { kind: 'quote' }>, indentMm: number, context: FlowContext, subject: Subject): FlowItem[] {
  const group = block.tag && context.group(block.tag);
  const inner = block.blocks.flatMap((nested) => blockFlow(nested, indentMm + LIST_INDENT_MM, context, subject));
  const muted = inner.map((item) => (item.kind === 'text' ? { ...item, style: { ...item.style, color: MUTED } } : item));
  const items: FlowItem[] = block.title ? [context.text(block.title, styles.strong, { indentMm, keepWithNext: true }), ...muted] : muted;
  if (!group) return items;
  return items.map((item) => ((item.kind === 'text' || item.kind === 'table') && !item.group ? { ...item, group } : item));
}

export const blocksFlow = (blocks: Block[], context: FlowContext, subject?: string): FlowItem[] => blocks.flatMap((block) => blockFlow(block, 0, context, subject));
