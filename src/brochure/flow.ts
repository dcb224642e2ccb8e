/**
 * What the content steps hand to the layout: a flat list of flow items in reading order.
 * The layout places them on pages; it knows nothing about schools or interventions.
 */
import type { Rgb } from './units.ts';

export type FontName = 'regular' | 'bold';

export interface TextStyle {
  font: FontName;
  sizePt: number;
  lineHeightMm: number;
  spaceBeforeMm: number;
  spaceAfterMm: number;
  color: Rgb;
}

/** A place the table of contents and the PDF outline point to. */
export interface Anchor {
  id: string;
  /** Shown in the PDF's bookmarks; level 0 is a top-level bookmark. */
  outline?: { title: string; level: number };
}

/**
 * What a text is in the tagged PDF. `Heading` is a heading one level below the outline heading
 * before it (an outline heading takes its level from the outline); a text with a marker is a list item.
 */
type TextRole = 'P' | 'Heading' | 'Note' | 'BlockQuote' | 'Caption';

/**
 * Flow items that form one element of the tagged PDF around their own (a quote's paragraphs in a
 * `BlockQuote`, a callout's in an `Aside`): the items next to each other with the same `key`.
 */
export interface FlowGroup {
  role: 'BlockQuote' | 'Aside';
  key: number;
}

/** Characters `start` up to `end` of a text lead to `uri` (a web or mailto address). */
export interface InlineLink {
  start: number;
  end: number;
  uri: string;
}

export interface TextItem {
  kind: 'text';
  text: string;
  style: TextStyle;
  /** Left indent from the text column. */
  indentMm?: number;
  /** Drawn in the indent before the first line: a bullet or a list number. */
  marker?: string;
  /** Never end a page after this item (headings stay with what follows). */
  keepWithNext?: boolean;
  /** Never split this item over two pages (short blocks like an address). */
  keepTogether?: boolean;
  /** A coloured bar left of the text (domain headings). */
  accent?: Rgb;
  /** A filled box behind the text (a one-line label like "GEKOZEN"): reads in black and white too. */
  badge?: Rgb;
  anchor?: Anchor;
  /** Its element in the tagged PDF; `P` when not given. */
  role?: TextRole;
  /** What a screen reader says instead of the printed text (a label printed in capitals: "gekozen"). */
  actualText?: string;
  group?: FlowGroup;
  /** Addresses in the text, drawn clickable and tagged as `Link` elements. */
  links?: InlineLink[];
}

export interface TableItem {
  kind: 'table';
  /** Amounts align right; missing entries align left. */
  align: ('left' | 'right')[];
  /** Printed bold, repeated at the top of every page the table continues on. */
  header: string[];
  rows: string[][];
  /** Rows printed bold (totals). */
  strongRows?: number[];
  /** The column that takes the width the table does not need; without it every column gets a share. */
  stretch?: number;
  /** Labels in the first column are printed bold (fact lists without a header). */
  strongFirstColumn?: boolean;
  /**
   * Every label a fact list of its kind may hold (an intervention's facts, a provider's contact
   * details): its first column is as wide as the widest, so the values of all of them line up.
   */
  labelsToFit?: string[];
  /** Never split over two pages when it fits on one (an intervention's facts). */
  keepTogether?: boolean;
  /**
   * Printed in bold above the repeated header on every page the table continues on: what the
   * table is about ("Rots en Water (vervolg)"), so no page starts in a table nobody can name.
   */
  continued?: string;
  style: TextStyle;
  group?: FlowGroup;
}

/** A line of the table of contents: the page number is filled in once the layout is done. */
export interface TocItem {
  kind: 'toc';
  title: string;
  target: string;
  level: number;
  style: TextStyle;
}

interface ImageItem {
  kind: 'image';
  /** Key of an image handed to the renderer (the municipality's logo). */
  image: 'logo';
  widthMm: number;
  heightMm: number;
  /** The image's text alternative in the tagged PDF. */
  alt?: string;
}

export type FlowItem =
  | TextItem
  | TableItem
  | TocItem
  | ImageItem
  | { kind: 'space'; heightMm: number }
  /** A new page; with `unlessRoomMm`, only when less than that is left on this one. */
  | { kind: 'pageBreak'; unlessRoomMm?: number }
  /** A thin line across the text column. */
  | { kind: 'rule'; color: Rgb }
  /** A band of colour across the whole page width, behind what follows; the cursor stays where it is. */
  | { kind: 'band'; color: Rgb; heightMm: number }
  /** A row of colour blocks across the text column (the domains' colours). */
  | { kind: 'swatches'; colors: Rgb[]; heightMm: number }
  /** Moves down to a place on the page: `topMm` from the page's top, or `heightMm` above the column's foot (a cover's closing note). */
  | { kind: 'moveTo'; topMm?: number; heightMm?: number };
