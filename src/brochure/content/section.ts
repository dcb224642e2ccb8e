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
