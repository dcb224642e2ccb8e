/**
 * Choosing by need and by evidence in the brochures: "Past bij uw behoeften" opening a school's
 * brochure, its charges per menukaart category after the budget, and an intervention's
 * recommendation, availability, evidence, how to apply and checked date. Core's views, drawn.
 */
import type { Intervention } from '../../core/catalogue/catalogue-model.ts';
import type { CategoryView } from '../../core/budget/category-view.ts';
import { fitStrings } from '../../core/fit/fit-strings.ts';
import { interventionFitView } from '../../core/fit/fit-view.ts';
import type { NeedsView } from '../../core/fit/needs-view.ts';
import type { FlowItem } from '../flow.ts';
import { blocksFlow } from './blocks-flow.ts';
import type { FlowContext } from './flow-context.ts';
import { emptySection, listedHeading, sectionBreak, type Section } from './section.ts';
import { BRAND, styles } from './styles.ts';

export function needsSection(view: NeedsView, context: FlowContext): Section {
  const section = emptySection();
  section.items.push(sectionBreak(), listedHeading(context, section, { title: view.heading, target: 'needs', level: 0 }));
  section.items.push(context.text(view.intro, styles.lead));
  if (view.empty) section.items.push(context.text(view.empty, styles.body));
  for (const item of view.items) {
    section.items.push(
      context.heading(item.title, styles.h4),
      ...(item.recommended ? [context.text(item.recommended, { ...styles.strong, color: BRAND }, { keepWithNext: true })] : []),
      ...(item.unavailable ? [context.text(item.unavailable, styles.alert, { keepWithNext: true })] : []),
      context.text(item.answers, styles.small, { keepWithNext: true }),
      context.text(item.summary, styles.body),
    );
  }
  return section;
}

export function categorySection(view: CategoryView, context: FlowContext): Section {
  const section = emptySection();
  section.items.push(listedHeading(context, section, { title: view.heading, target: 'per-category', level: 1 }));
  section.items.push(context.text(view.intro, styles.small));
  const rows = view.rows.map((row) => [context.clean(`${row.category} (${row.titles})`), row.charge]);
  section.items.push({ kind: 'table', align: ['left', 'right'], header: view.headings, rows, style: styles.table, stretch: 0 });
  return section;
}

/**
 * An intervention's recommendation, availability, groups, menukaart, evidence, how to apply and
 * checked date, in three parts around its facts table: what stands above it, the rows it gets
 * (one table, so its columns line up), and what follows it. Empty for an intervention without
 * these fields.
 */
export function interventionFit(intervention: Intervention, context: FlowContext): { before: FlowItem[]; rows: string[][]; after: FlowItem[] } {
  const { content, language } = context;
  const s = fitStrings(language);
  const view = interventionFitView(intervention, content.buildDate, language);
  const { unavailable } = view;
  const facts = [...view.facts, ...(view.evidence ? [{ label: s.evidence, text: view.evidence.label }] : [])];
  const howToApply = content.howToApply?.[intervention.id] ?? [];
  return {
    before: [
      ...(view.recommended !== undefined ? [context.text(view.recommended ? `${s.recommendedBy}: ${view.recommended}` : s.recommendedBy, { ...styles.strong, color: BRAND }, { keepWithNext: true })] : []),
      ...(unavailable ? [context.text(unavailable, styles.alert, { keepWithNext: true })] : []),
    ],
    rows: facts.map((fact) => [context.clean(fact.label), context.clean(fact.text)]),
    after: [
      ...(view.evidence ? [context.text(view.evidence.explanation, styles.small), ...(view.evidence.source ? [context.text(`${s.evidenceSource}: ${view.evidence.source}`, styles.small)] : [])] : []),
      ...(howToApply.length > 0 ? [context.heading(s.howToApply, styles.h4), ...blocksFlow(howToApply, context, intervention.title)] : []),
      ...(view.checked ? [context.text(view.checked, styles.small)] : []),
    ],
  };
}
