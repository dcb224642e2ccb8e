/**
 * What "Mijn keuzes" shows, as plain data made from the choosing summary: the school's facts,
 * one row per listed item, and the budget from core's budget view. Pure, so it is tested without
 * a browser; choices-page.ts only copies it into the page.
 */
import { budgetView, type BudgetFact } from '../../core/budget-view.ts';
import { choicesMailto } from '../../core/choices/choice-mail.ts';
import type { ChoosingSummary, ListedItem } from '../../core/choices/choosing.ts';
import { choiceStrings, schoolFactsOf } from '../../core/choice-strings.ts';
import { unitPriceText } from '../../core/cost-text.ts';
import { countNoun, schoolTypeLabels, type Language } from '../../core/labels.ts';
import type { Site } from '../../core/schema/site.ts';

export interface ChoiceRowView {
  interventionId: string;
  title: string;
  quantity: number;
  /** What the quantity counts, "leerlingen", shown beside its field. */
  quantityUnit: string;
  unitPrice: string;
  /** The charge, or the words for "not counted" when the school may not choose the item. */
  charge: string;
  /** Set when the school may not choose it; such an item is not charged. */
  notChoosable: boolean;
  /** Why the school may not choose it; empty when it may or no school is picked yet. */
  problem: string;
}

export interface ChoicesView {
  schoolFacts: string;
  rows: ChoiceRowView[];
  total: string;
  /** Shown instead of the budget facts: pick a school first, or no budget set. Undefined when there are facts. */
  noBudget?: string;
  budget?: { budget: BudgetFact; spent: BudgetFact; left: BudgetFact };
  overAlert: string;
  /** What a screen reader hears once the visitor pauses. */
  status: string;
  mailto?: string;
}

const lowerTypeLabel = (type: keyof (typeof schoolTypeLabels)['nl'], language: Language) => schoolTypeLabels[language][type].toLowerCase();

function rowView(listed: ListedItem, summary: ChoosingSummary, line: ReturnType<typeof budgetView>['lines'][number] | undefined, language: Language): ChoiceRowView {
  const c = choiceStrings(language);
  const { intervention } = listed;
  const quantity = line?.quantity ?? listed.item.quantity ?? 1;
  const types = intervention.schoolTypes.map((type) => lowerTypeLabel(type, language)).join(', ');
  return {
    interventionId: intervention.id,
    title: intervention.title,
    quantity,
    quantityUnit: line?.quantityUnit ?? countNoun(quantity, intervention.cost?.per ?? 'school', language),
    unitPrice: line?.unitPrice ?? unitPriceText(intervention.cost, language),
    charge: line?.charge ?? c.notCharged,
    notChoosable: Boolean(listed.notChoosable),
    problem: listed.notChoosable && summary.school ? c.notForSchool(lowerTypeLabel(summary.school.type, language), types) : '',
  };
}

export function choicesView(summary: ChoosingSummary, site: Site): ChoicesView {
  const { language } = site;
  const c = choiceStrings(language);
  const view = budgetView(summary.budget, language);
  const lines = new Map(view.lines.map((line) => [line.interventionId, line]));
  const fact = (kind: BudgetFact['kind']) => view.facts.find((candidate) => candidate.kind === kind);
  const [spent, budget, left] = [fact('total'), fact('budget'), fact('left') ?? fact('over')];
  const school = summary.school;
  const facts = school && spent && budget && left ? { budget, spent, left } : undefined;
  return {
    schoolFacts: school ? schoolFactsOf(school, language) : '',
    rows: summary.items.map((listed) => rowView(listed, summary, lines.get(listed.intervention.id), language)),
    total: spent?.amount ?? '',
    ...(facts ? { budget: facts } : { noBudget: school ? budget?.amount ?? '' : c.pickSchoolForBudget }),
    overAlert: view.overAlert ?? '',
    status: c.status(spent?.amount ?? '', left ? `${left.label}: ${left.amount}.` : ''),
    ...(site.contact?.email ? { mailto: choicesMailto(summary, site) } : {}),
  };
}
