/** The brochure's typography: a handful of text styles, in points for type and millimetres for space. */
import type { TextStyle } from '../flow.ts';
import type { Rgb } from '../units.ts';

export const INK: Rgb = [0.1, 0.1, 0.12];
export const MUTED: Rgb = [0.33, 0.33, 0.36];
export const ALERT: Rgb = [0.66, 0.07, 0.07];
export const RULE: Rgb = [0.7, 0.7, 0.72];
export const BRAND: Rgb = [0.11, 0.43, 0.33];
const WHITE: Rgb = [1, 1, 1];

const style = (font: TextStyle['font'], sizePt: number, lineHeightMm: number, spaceBeforeMm: number, spaceAfterMm: number, color = INK): TextStyle => ({
  font, sizePt, lineHeightMm, spaceBeforeMm, spaceAfterMm, color,
});

export const styles = {
  coverTitle: style('bold', 30, 12.5, 0, 4),
  /** The municipality's name where a logo would stand. */
  coverMark: style('bold', 14, 7, 0, 0, INK),
  coverMunicipality: style('bold', 13, 6.5, 0, 1),
  coverSubtitle: style('regular', 15, 7.5, 0, 2),
  coverLine: style('regular', 11, 5.5, 0, 1, MUTED),
  /** A section: Vast aanbod, Keuzeaanbod, Aanbieders. */
  h1: style('bold', 20, 9, 0, 4),
  /** A domain, or an intervention in the descriptions. */
  h2: style('bold', 14, 6.5, 7, 2),
  h3: style('bold', 11.5, 5.5, 5, 1.5),
  /** Headings inside an intervention's own text. */
  h4: style('bold', 10, 5, 3.5, 1),
  body: style('regular', 9.5, 4.9, 0, 2.4),
  lead: style('regular', 10.5, 5.4, 0, 3),
  strong: style('bold', 9.5, 4.9, 0, 1),
  listItem: style('regular', 9.5, 4.9, 0, 1),
  small: style('regular', 8.5, 4.3, 0, 1.5, MUTED),
  alert: style('bold', 10.5, 5.4, 2, 3, ALERT),
  table: style('regular', 8.5, 4.1, 1, 4),
  /** The brief listing of a large menu: an index, set small so most rows take one line. */
  briefTable: style('regular', 7.5, 3.5, 1, 4),
  toc: style('regular', 10.5, 6.5, 0, 0),
  tocSection: style('bold', 10.5, 6.5, 1.5, 0),
  /** An intervention in the catalogue's contents: many lines, set closer. */
  tocEntry: style('regular', 9, 4.6, 0, 0, MUTED),
  furniture: style('regular', 8, 4, 0, 0, MUTED),
  /** A menu item's price, duration and places, under its title. */
  facts: style('regular', 8.5, 4.3, 0, 1, MUTED),
  /** The white-on-ink label of a chosen item. */
  badge: style('bold', 7, 4, 1, 1, WHITE),
  /** The facts of "In het kort": large enough to read at arm's length. */
  keyFacts: style('regular', 11, 5.6, 2, 5),
} as const;
