/**
 * The overview of /scholen/: per school its type, pupils, budget, what its choices cost, what is
 * left or over, how many choices it made and how many of those are over capacity. Made once here;
 * the page renders it, sorted by any column through plain links (no JavaScript).
 */
import { summarizeBudget } from './budget.ts';
import type { Catalogue, School } from '../catalogue/catalogue-model.ts';
import { localeOf, schoolTypeLabels, type Language } from '../strings/labels.ts';
import { formatMoney } from '../money/money.ts';
import { capacityUse } from '../validate/warnings.ts';

/** The columns a visitor can sort by; their names are the URL's words, `/scholen/op/<key>/`. */
export const SCHOOL_SORTS = ['naam', 'type', 'leerlingen', 'budget', 'gekozen', 'over', 'keuzes'] as const;
export type SchoolSort = (typeof SCHOOL_SORTS)[number];
export const DEFAULT_SCHOOL_SORT: SchoolSort = 'naam';

export interface SchoolOverviewRow {
  id: string;
  name: string;
  type: string;
  pupils: string;
  budget: string;
  chosen: string;
  /** What is left, or what the choices go over (then `overBudget`); empty without a budget. */
  left: string;
  overBudget: boolean;
  choices: number;
  /** Chosen interventions that more schools chose than they can serve. */
  overCapacity: number;
  /** Numbers to sort by. */
  sortValues: Record<Exclude<SchoolSort, 'naam' | 'type'>, number>;
}

function rowOf(school: School, catalogue: Catalogue, language: Language): SchoolOverviewRow {
  const summary = summarizeBudget(school, catalogue);
  const money = (cents: number) => formatMoney(cents, language);
  const remaining = summary.remaining;
  const overCapacity = summary.lines.filter((line) => capacityUse(catalogue, line.intervention).overCapacity).length;
  return {
    id: school.id,
    name: school.name,
    type: schoolTypeLabels[language][school.type],
    pupils: school.pupils.toLocaleString(localeOf(language)),
    budget: summary.budget === undefined ? '' : money(summary.budget),
    chosen: money(summary.spent),
    left: remaining === undefined ? '' : money(Math.abs(remaining)),
    overBudget: summary.overBudget,
    choices: school.choices.length,
    overCapacity,
    sortValues: {
      leerlingen: school.pupils,
      budget: summary.budget ?? -1,
      gekozen: summary.spent,
      over: remaining ?? Number.POSITIVE_INFINITY,
      keuzes: school.choices.length,
    },
  };
}

/** Largest first for amounts and counts, except `over`: most over the budget (least left) first. */
function compare(sort: SchoolSort, language: Language) {
  const byName = (a: SchoolOverviewRow, b: SchoolOverviewRow) => a.name.localeCompare(b.name, localeOf(language));
  return (a: SchoolOverviewRow, b: SchoolOverviewRow): number => {
    if (sort === 'naam') return byName(a, b);
    if (sort === 'type') return a.type.localeCompare(b.type, localeOf(language)) || byName(a, b);
    const [x, y] = [a.sortValues[sort], b.sortValues[sort]];
    return (sort === 'over' ? x - y : y - x) || byName(a, b);
  };
}

export function schoolsOverview(catalogue: Catalogue, sort: SchoolSort = DEFAULT_SCHOOL_SORT): SchoolOverviewRow[] {
  const { language } = catalogue.site;
  return catalogue.schools.map((school) => rowOf(school, catalogue, language)).sort(compare(sort, language));
}
