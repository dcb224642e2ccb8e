/**
 * The budget overview as people read it: a school's choices with quantity and unit in words,
 * unit price and charge, then total, budget and what is left or over. Made once here; the school
 * page, the brochure, "Mijn keuzes" and the mail only render it, so all four say the same.
 */
import type { BudgetSummary, ChargedChoice } from './budget.ts';
import { unitPriceText } from '../money/cost-text.ts';
import { countNoun, countOf, type Language } from '../strings/labels.ts';
import { formatMoney } from '../money/money.ts';
import { uiStrings } from '../strings/ui-strings.ts';

export interface BudgetLineView {
  interventionId: string;
  title: string;
  /** The school's own remark, shown in brackets after the title. */
  note?: string;
  quantity: number;
  /** What the quantity counts, "leerlingen" (beside a quantity field). */
  quantityUnit: string;
  /** Quantity and unit in words: "64 leerlingen", "1 school". */
  quantityText: string;
  /** "€ 12,50 per leerling", or the word for free. */
  unitPrice: string;
  charge: string;
}

/** `total` is what the choices cost; `left` or `over` sets that against the budget. */
type BudgetFactKind = 'total' | 'budget' | 'left' | 'over';

export interface BudgetFact {
  kind: BudgetFactKind;
  label: string;
  /** An amount, or the words for "no budget set". */
  amount: string;
}

export interface BudgetView {
  lines: BudgetLineView[];
  /** Total, budget, and left or over (the last only when there is a budget). */
  facts: BudgetFact[];
  /** A warning sentence when the choices go over the budget. */
  overAlert?: string;
  /** Column headings of the lines: intervention, quantity, unit price, charge. */
  headings: [string, string, string, string];
  /** The sentence shown instead of lines when nothing is chosen. */
  noChoices: string;
}

function lineView(line: ChargedChoice, language: Language): BudgetLineView {
  const { intervention, choice, quantity } = line;
  // Without a cost an item is counted like the whole-school unit: "1 school".
  const unit = intervention.cost?.per ?? 'school';
  return {
    interventionId: intervention.id,
    title: intervention.title,
    ...(choice.note ? { note: choice.note } : {}),
    quantity,
    quantityUnit: countNoun(quantity, unit, language),
    quantityText: countOf(quantity, unit, language),
    unitPrice: unitPriceText(intervention.cost, language),
    charge: formatMoney(line.charge, language),
  };
}

export function budgetView(summary: BudgetSummary, language: Language): BudgetView {
  const t = uiStrings(language);
  const money = (cents: number) => formatMoney(cents, language);
  const facts: BudgetFact[] = [
    { kind: 'total', label: t.total, amount: money(summary.spent) },
    { kind: 'budget', label: t.budget, amount: summary.budget === undefined ? t.noBudget : money(summary.budget) },
  ];
  const { remaining } = summary;
  if (remaining !== undefined) {
    facts.push(remaining < 0 ? { kind: 'over', label: t.over, amount: money(-remaining) } : { kind: 'left', label: t.remaining, amount: money(remaining) });
  }
  return {
    lines: summary.lines.map((line) => lineView(line, language)),
    facts,
    ...(remaining !== undefined && remaining < 0 ? { overAlert: t.overBudgetAlert(money(-remaining)) } : {}),
    headings: [t.intervention, t.quantity, t.unitPrice, t.charge],
    noChoices: t.noChoices,
  };
}

/** "Titel (notitie)": a line's title with the school's remark. */
export const lineTitle = (line: Pick<BudgetLineView, 'title' | 'note'>): string => (line.note ? `${line.title} (${line.note})` : line.title);
