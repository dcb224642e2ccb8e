/** The school's choices set against its budget, as charged by core (never recomputed here). */
import { countOf } from '../../core/labels.ts';
import type { BudgetSummary } from '../../core/budget.ts';
import type { FlowItem } from '../flow.ts';
import type { FlowContext } from './flow-context.ts';
import { emptySection, listedHeading, type Section } from './section.ts';
import { styles } from './styles.ts';

function budgetTable(summary: BudgetSummary, context: FlowContext): FlowItem {
  const { t, money, language } = context;
  const rows = summary.lines.map(({ intervention, choice, quantity, unitPrice, charge }) => {
    context.where = intervention.file;
    const title = choice.note ? `${intervention.title} (${choice.note})` : intervention.title;
    return [context.clean(title), countOf(quantity, intervention.cost?.per ?? 'school', language), money(unitPrice), money(charge)];
  });
  const totals = [[t.total, '', '', money(summary.spent)]];
  if (summary.budget === undefined) totals.push([t.budget, '', '', t.noBudget]);
  else {
    const remaining = summary.remaining ?? 0;
    totals.push([t.budget, '', '', money(summary.budget)]);
    totals.push(summary.overBudget ? [t.over, '', '', money(-remaining)] : [t.remaining, '', '', money(remaining)]);
  }
  return {
    kind: 'table',
    align: ['left', 'right', 'right', 'right'],
    header: [t.intervention, t.quantity, t.unitPrice, t.charge],
    rows: [...rows, ...totals],
    strongRows: totals.map((_, index) => rows.length + index),
    style: styles.table,
    stretch: 0,
  };
}

export function budgetSection(summary: BudgetSummary, context: FlowContext): Section {
  const { t, money } = context;
  const section = emptySection();
  section.items.push({ kind: 'pageBreak' }, listedHeading(context, section, { title: t.choices, target: 'choices', level: 0 }));
  if (summary.lines.length === 0) {
    section.items.push(context.text(t.noChoices, styles.body));
    return section;
  }
  section.items.push(budgetTable(summary, context));
  if (summary.overBudget) section.items.push(context.text(t.overBudgetAlert(money(-(summary.remaining ?? 0))), styles.alert));
  return section;
}
