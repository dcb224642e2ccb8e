/**
 * "In het kort": the school's first page after the cover. What a director needs to decide at a
 * glance: the budget, what is chosen (each choice with its amount), what is left or over, the
 * deadline and whom to contact, with the date it was printed, since paper goes stale.
 */
import type { BudgetView } from '../../core/budget/budget-view.ts';
import { formatDate } from '../../core/strings/labels.ts';
import type { FlowItem } from '../flow.ts';
import type { FlowContext } from './flow-context.ts';
import { contactRows, deadlineText } from './next-steps-flow.ts';
import { factList } from './fact-list.ts';
import { emptySection, listedHeading, type Section } from './section.ts';
import { ALERT, styles } from './styles.ts';

function budgetRows(view: BudgetView, context: FlowContext): string[][] {
  const { b } = context;
  const total = view.facts.find((fact) => fact.kind === 'total')?.amount ?? '';
  const rows: string[][] = [];
  const budget = view.facts.find((fact) => fact.kind === 'budget');
  if (budget) rows.push([budget.label, budget.amount]);
  rows.push([b.chosenLabel, view.lines.length > 0 ? `${b.chosenCount(view.lines.length)}, ${total}` : b.chosenCount(0)]);
  for (const fact of view.facts.filter((fact) => fact.kind === 'left' || fact.kind === 'over')) rows.push([fact.label, fact.amount]);
  return rows.map((row) => row.map((cell) => context.clean(cell)));
}

/**
 * The page lists this many choices at most: with more, it lists one fewer and says where the
 * others are, so the page keeps its deadline and contact.
 */
const CHOICES_LISTED_UP_TO = 8;

/**
 * What the school chose, each with its amount, as the budget table under "Keuzes en budget" gives
 * them (never recomputed); the school's remarks are left to that table. A choice the other schools
 * had filled (`full`: intervention ids) says so, as the menu does.
 */
function choicesTable(view: BudgetView, full: ReadonlySet<string>, context: FlowContext): FlowItem[] {
  if (view.lines.length === 0) return [];
  const listed = view.lines.length > CHOICES_LISTED_UP_TO ? view.lines.slice(0, CHOICES_LISTED_UP_TO - 1) : view.lines;
  const table: FlowItem = {
    kind: 'table',
    align: ['left', 'right'],
    header: [view.headings[0], view.headings[3]],
    rows: listed.map((line) => [context.ofIntervention(line.interventionId, 'title').clean(full.has(line.interventionId) ? `${line.title} (${context.b.overCapacityShort})` : line.title), line.charge]),
    style: styles.keyFacts,
    stretch: 0,
    keepTogether: true,
    continued: context.b.continued(context.b.inShort),
  };
  const others = view.lines.length - listed.length;
  return others > 0 ? [table, context.text(context.b.otherChoices(others, context.t.choices), styles.body)] : [table];
}

export function inShortSection(view: BudgetView, full: ReadonlySet<string>, context: FlowContext): Section {
  const { b } = context;
  const section = emptySection();
  const deadline = deadlineText(context);
  const budget = budgetRows(view, context);
  const contact = [...(deadline ? [[b.deadline, context.clean(deadline)]] : []), ...contactRows(context)];
  // The two lists share one label column, so their values line up.
  const labelsToFit = [...budget, ...contact].map(([label = '']) => label);
  section.items.push(listedHeading(context, section, { title: b.inShort, target: 'in-short', level: 0 }));
  section.items.push(factList(budget, { style: styles.keyFacts, labelsToFit }));
  if (view.overAlert) section.items.push(context.text(view.overAlert, { ...styles.alert, color: ALERT }));
  section.items.push(...choicesTable(view, full, context));
  if (contact.length > 0) section.items.push(factList(contact, { style: styles.keyFacts, labelsToFit }));
  section.items.push(context.text(b.asOf(formatDate(context.content.asOf, context.language)), styles.small));
  return section;
}
