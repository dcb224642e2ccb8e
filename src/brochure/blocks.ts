/**
 * The text of an intervention body (or the site intro) as the brochure needs it: a few kinds of
 * block with plain-text runs. The build turns Markdown/MDX into this once; the renderer never
 * parses Markdown, so it stays small and runs anywhere (Node, a worker, the browser).
 * Everything here is plain data that survives structured cloning to a worker thread.
 */

/** A stretch of text; `strong` marks bold words from the source. */
export interface Run {
  text: string;
  strong?: boolean;
  /** A link's address (web or e-mail only): the brochure makes the text clickable. */
  href?: string;
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  /** Each item is a list of blocks (a paragraph, or a nested list). */
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  /** The first row is the header row. Cells are plain text. */
  | { kind: 'table'; rows: string[][] }
  /**
   * Set apart by indentation: a quote (Markdown's `>`, or <Citaat> with its source as the last
   * paragraph), a callout (<Kader>, with its title in bold above it), or code (no `tag`). `tag`
   * is its element in the tagged PDF.
   */
  | { kind: 'quote'; blocks: Block[]; tag?: 'BlockQuote' | 'Aside'; title?: string };

export const plainText = (runs: Run[]): string => runs.map((run) => run.text).join('');
