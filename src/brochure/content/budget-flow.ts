/** The school's choices set against its budget: core's budget view drawn as a table (never recomputed here). */
import { lineTitle, type BudgetView } from '../../core/budget/budget-view.ts';
import type { FlowItem } from '../flow.ts';
import type { FlowContext } from './flow-context.ts';
import { emptySection, listedHeading, sectionBreak, type Section } from './section.ts';
import { styles } from './styles.ts';
import { factList } from './fact-list.ts';

/** The chosen lines, then total, budget and left or over as strong rows under them. */
function budgetTable(view: BudgetView, context: FlowContext): FlowItem {
  const rows = view.lines.map((line) => [context.ofIntervention(line.interventionId, 'title').clean(lineTitle(line)), line.quantityText, line.unitPrice, line.charge]);
  const facts = view.facts.map((fact) => [fact.label, '', '', fact.amount]);
  return {
    kind: 'table',
    align: ['left', 'right', 'right', 'right'],
    header: view.headings,
    rows: [...rows, ...facts],
    strongRows: facts.map((_, index) => rows.length + index),
    style: styles.table,
    stretch: 0,
    continued: context.b.continued(context.t.choices),
  };
}

/** Total, budget and left: a school that has chosen nothing yet still sees what it may spend. */
function factsTable(view: BudgetView): FlowItem {
  return factList(
    view.facts.map((fact) => [fact.label, fact.amount]),
    { align: ['left', 'right'], stretch: 0 },
  );
}

export function budgetSection(view: BudgetView, context: FlowContext): Section {
  const section = emptySection();
  section.items.push(sectionBreak(), listedHeading(context, section, { title: context.t.choices, target: 'choices', level: 0 }));
  if (view.lines.length === 0) section.items.push(context.text(view.noChoices, styles.body), factsTable(view));
  else section.items.push(budgetTable(view, context));
  if (view.overAlert) section.items.push(context.text(view.overAlert, styles.alert));
  return section;
}
