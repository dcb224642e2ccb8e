/** A part of the brochure that the table of contents lists: its flow, and its entries in the contents. */
import type { FlowItem, TextStyle } from '../flow.ts';
import type { Rgb } from '../units.ts';
import type { FlowContext } from './flow-context.ts';
import { styles } from './styles.ts';

export interface TocEntry {
  title: string;
  target: string;
  level: number;
}

export interface Section {
  items: FlowItem[];
  toc: TocEntry[];
}

export const emptySection = (): Section => ({ items: [], toc: [] });

/**
 * Room a part of the brochure needs on the page before to start there: about half the text
 * column, enough for its heading, its lead and a good part of what follows.
 */
export const SECTION_ROOM_MM = 120;

/**
 * Where a part of the brochure starts: on the page the part before ended on when that page still
 * has room for a good part of it, else on a new page. A short part after a long one so leaves no
 * half-empty page, and no part starts in the last lines of a page.
 */
export const sectionBreak = (): FlowItem => ({ kind: 'pageBreak', unlessRoomMm: SECTION_ROOM_MM });

/** A heading that the contents and the PDF outline both point to. */
export function listedHeading(
  context: FlowContext,
  section: Section,
  heading: { title: string; target: string; level: number; style?: TextStyle; accent?: Rgb },
): FlowItem {
  const title = context.clean(heading.title);
  const { target, level } = heading;
  section.toc.push({ title, target, level });
  const style = heading.style ?? (level === 0 ? styles.h1 : styles.h2);
  return context.heading(title, style, { id: target, outline: { title, level } }, heading.accent ? { accent: heading.accent } : {});
}
