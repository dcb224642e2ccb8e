/** A school's budget and what its choices spend of it. */
import { indexOf, mustGet, type Catalogue, type Intervention, type School } from '../catalogue/catalogue-model.ts';
import { chargeOf, quantityOf, unitPriceOf } from './charges.ts';
import type { Cents } from '../money/money.ts';
import type { Choice } from '../schema/school.ts';
import type { Site } from '../schema/site.ts';

/** The school's own budget if it names one, else the site's base + perPupil x pupils; undefined when neither exists. */
export function budgetOf(school: Pick<School, 'budget' | 'pupils'>, site: Pick<Site, 'budget'>): Cents | undefined {
  if (school.budget !== undefined) return school.budget;
  if (!site.budget) return undefined;
  return site.budget.base + site.budget.perPupil * school.pupils;
}

/** One line of a school's choice overview. */
export interface ChargedChoice {
  choice: Choice;
  intervention: Intervention;
  quantity: number;
  unitPrice: Cents;
  charge: Cents;
}

export interface BudgetSummary {
  lines: ChargedChoice[];
  /** Sum of all charges. */
  spent: Cents;
  /** Undefined when neither the school nor the site sets a budget. */
  budget: Cents | undefined;
  /** budget - spent; negative when over budget. */
  remaining: Cents | undefined;
  overBudget: boolean;
}

/** Charges every choice of a school and sets them against its budget. */
export function summarizeBudget(school: School, catalogue: Catalogue): BudgetSummary {
  const { interventions } = indexOf(catalogue);
  const lines = school.choices.map((choice): ChargedChoice => {
    const intervention = mustGet(interventions, choice.intervention, 'intervention');
    return {
      choice,
      intervention,
      quantity: quantityOf(choice, intervention, school),
      unitPrice: unitPriceOf(intervention),
      charge: chargeOf(choice, intervention, school),
    };
  });
  const spent = lines.reduce((sum, line) => sum + line.charge, 0);
  const budget = budgetOf(school, catalogue.site);
  const remaining = budget === undefined ? undefined : budget - spent;
  return { lines, spent, budget, remaining, overBudget: remaining !== undefined && remaining < 0 };
}

/** How a school's budget was set, in words: its own budget, or the site's formula with its figures. */
export function budgetBasisText(
  school: Pick<School, 'budget' | 'pupils'>,
  site: Pick<Site, 'budget'>,
  words: { budgetFromSchool: string; budgetFromSite: (base: string, perPupil: string, pupils: number) => string },
  money: (cents: Cents) => string,
): string | undefined {
  if (school.budget !== undefined) return words.budgetFromSchool;
  if (!site.budget) return undefined;
  return words.budgetFromSite(money(site.budget.base), money(site.budget.perPupil), school.pupils);
}
