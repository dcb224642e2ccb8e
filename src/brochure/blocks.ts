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
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  /** Each item is a list of blocks (a paragraph, or a nested list). */
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  /** The first row is the header row. Cells are plain text. */
  | { kind: 'table'; rows: string[][] }
  /** Quotes and code: kept as text, set apart by indentation. */
  | { kind: 'quote'; blocks: Block[] };

export const plainText = (runs: Run[]): string => runs.map((run) => run.text).join('');
