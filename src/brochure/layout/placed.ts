/** The layout's result: what goes where on which page, in millimetres from the page's top left. */
import type { FontName } from '../flow.ts';
import type { Rgb } from '../units.ts';

/**
 * Which flow item a placed text or image belongs to, for the tagged PDF's structure tree; a table's
 * cell says its row (-1 the header) and column, a list item's marker is its label. A placed item
 * without a tag (header, footer, a repeated table header, every rectangle) is an artifact.
 */
export interface PlacedTag {
  flow: number;
  cell?: { row: number; column: number };
  label?: boolean;
  /** A piece of text that is the item's link number `link` (flow.ts `TextItem.links`). */
  link?: number;
}

export interface PlacedText {
  kind: 'text';
  xMm: number;
  /** Baseline of the first line, from the top of the page. */
  baselineMm: number;
  /** Drawn one under the other, `lineHeightMm` apart, in one text object. */
  lines: string[];
  font: FontName;
  sizePt: number;
  lineHeightMm: number;
  color: Rgb;
  tag?: PlacedTag;
}

export interface PlacedRect {
  kind: 'rect';
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
  color: Rgb;
}

export interface PlacedImage {
  kind: 'image';
  image: 'logo';
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
  tag?: PlacedTag;
}

export type Placed = PlacedText | PlacedRect | PlacedImage;

interface LaidOutPage {
  /** In drawing order, which is also the reading order. */
  items: Placed[];
}

interface PagePosition {
  page: number;
  yMm: number;
}

export interface OutlineEntry extends PagePosition {
  title: string;
  level: number;
}

/** Where one flow item's placed items run: from `start` up to (not including) `end`, as page and item index. */
interface FlowSpan {
  start: { page: number; item: number };
  end: { page: number; item: number };
}

export interface Layout {
  pages: LaidOutPage[];
  anchors: Map<string, PagePosition>;
  outline: OutlineEntry[];
  /** One span per flow item, in flow order: which placed items it became (checked by the layout tests). */
  spans: FlowSpan[];
}

/** Where a text's lines sit: the baseline below the top of a line box, for fonts like Noto Sans. */
export const baselineOffsetMm = (lineHeightMm: number, sizeMm: number): number => (lineHeightMm - sizeMm) / 2 + 0.8 * sizeMm;
