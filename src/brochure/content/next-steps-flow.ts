/**
 * The closing page "Hoe verder": what a school does next (site.yaml `steps`, else the usual
 * steps), the deadline, the project team's contact, and the colophon: who made this offer.
 */
import { nextStepsView } from '../../core/choosing/next-steps.ts';
import type { Block } from '../blocks.ts';
import type { FlowItem } from '../flow.ts';
import { blocksFlow } from './blocks-flow.ts';
import { factList } from './fact-list.ts';
import type { FlowContext } from './flow-context.ts';
import { emptySection, listedHeading, sectionBreak, type Section } from './section.ts';
import { styles } from './styles.ts';

/** The project team's name, e-mail and phone as label-value rows (empty when site.yaml has no contact). */
export function contactRows(context: FlowContext): string[][] {
  const { t } = context;
  const contact = context.content.catalogue.site.contact;
  const facts: [string, string | undefined][] = [
    [t.contact, contact?.name],
    [t.email, contact?.email],
    [t.phone, contact?.phone],
  ];
  return facts.filter((fact): fact is [string, string] => Boolean(fact[1])).map((fact) => fact.map((text) => context.clean(text)));
}

export const deadlineText = (context: FlowContext): string | undefined => nextStepsView(context.content.catalogue.site, context.language).deadline;

const paragraph = (text: string): Block[] => [{ kind: 'paragraph', runs: [{ text }] }];

export function nextStepsSection(context: FlowContext): Section {
  const { b, content } = context;
  const section = emptySection();
  // The site's own steps come as blocks (their Markdown parsed by the build); the usual steps are plain text.
  const steps = content.steps.length > 0 ? content.steps : nextStepsView(content.catalogue.site, context.language).steps.map(paragraph);
  section.items.push(sectionBreak(), listedHeading(context, section, { title: b.nextSteps, target: 'next-steps', level: 0 }));
  section.items.push(...blocksFlow([{ kind: 'list', ordered: true, start: 1, items: steps }], context));
  const deadline = deadlineText(context);
  const rows = [...(deadline ? [[b.deadline, context.clean(deadline)]] : []), ...contactRows(context)];
  if (rows.length > 0) {
    section.items.push(context.heading(b.contactLabel, styles.h3));
    section.items.push(factList(rows));
  }
  if (content.colophon.length > 0) {
    const colophon: FlowItem[] = blocksFlow(content.colophon, context).map((item) => (item.kind === 'text' ? { ...item, style: { ...styles.small, spaceBeforeMm: item.style.spaceBeforeMm } } : item));
    section.items.push({ kind: 'space', heightMm: 8 }, context.heading(b.colophon, styles.h4), ...colophon);
  }
  return section;
}
