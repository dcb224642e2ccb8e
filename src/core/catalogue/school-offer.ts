/** What a school is offered: the fixed offer and the optional menu for its type, with its own choices. */
import { summarizeBudget, type BudgetSummary, type ChargedChoice } from '../budget/budget.ts';
import {
  groupByDomain,
  isFixed,
  isMeantFor,
  isOptional,
  type Catalogue,
  type FixedIntervention,
  type OptionalIntervention,
  type School,
} from './catalogue-model.ts';
import type { Domain } from '../schema/domain.ts';

interface MenuItem {
  intervention: OptionalIntervention;
  /** The school's choice of this item, charged; undefined when not chosen. */
  chosen?: ChargedChoice;
}

export interface SchoolOffer {
  school: School;
  fixed: { domain: Domain; items: FixedIntervention[] }[];
  optional: { domain: Domain; items: MenuItem[] }[];
  budget: BudgetSummary;
}

export function schoolOffer(school: School, catalogue: Catalogue): SchoolOffer {
  const meant = catalogue.interventions.filter((intervention) => isMeantFor(intervention, school.type));
  const budget = summarizeBudget(school, catalogue);
  const chosenById = new Map(budget.lines.map((line) => [line.intervention.id, line]));
  const menu = meant.filter(isOptional).map((intervention): MenuItem => {
    const chosen = chosenById.get(intervention.id);
    return chosen ? { intervention, chosen } : { intervention };
  });
  return {
    school,
    fixed: groupByDomain(catalogue, meant.filter(isFixed), (item) => item.domain),
    optional: groupByDomain(catalogue, menu, (item) => item.intervention.domain),
    budget,
  };
}
