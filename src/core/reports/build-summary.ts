/**
 * What the project team should look at after a build: schools over budget (by how much), offers
 * over capacity (which schools), optional offers nobody chose, schools without choices.
 */
import { isOptional, type Catalogue } from '../catalogue/catalogue-model.ts';
import type { Language } from '../strings/labels.ts';
import { formatMoney, type Cents } from '../money/money.ts';
import { schoolsChoosing } from '../validate/warnings.ts';
import { providerRows } from './provider-rows.ts';
import { schoolRows } from './school-rows.ts';

export interface BuildSummary {
  overBudget: { school: string; overBy: Cents }[];
  overCapacity: { intervention: string; capacity: number; schools: string[] }[];
  unchosen: string[];
  withoutChoices: string[];
}

export function buildSummary(catalogue: Catalogue): BuildSummary {
  const schools = schoolRows(catalogue);
  return {
    overBudget: schools.flatMap((row) => (row.left !== undefined && row.left < 0 ? [{ school: row.school, overBy: -row.left }] : [])),
    overCapacity: providerRows(catalogue).flatMap((row) =>
      row.overCapacity && row.capacity !== undefined ? [{ intervention: row.intervention, capacity: row.capacity, schools: row.schools }] : [],
    ),
    unchosen: catalogue.interventions.filter((item) => isOptional(item) && schoolsChoosing(catalogue, item.id).length === 0).map((item) => item.title),
    withoutChoices: schools.filter((row) => row.choiceCount === 0).map((row) => row.school),
  };
}

const texts = {
  nl: {
    heading: 'Samenvatting van de keuzes',
    overBudget: 'Over het budget',
    overBy: (amount: string) => `${amount} te veel`,
    overCapacity: 'Vaker gekozen dan er plaats is',
    room: (capacity: number, schools: string) => `plaats voor ${capacity}: ${schools}`,
    unchosen: 'Keuzeaanbod dat geen school koos',
    withoutChoices: 'Scholen zonder keuzes',
    none: 'geen',
  },
  en: {
    heading: 'Summary of the choices',
    overBudget: 'Over budget',
    overBy: (amount: string) => `${amount} over`,
    overCapacity: 'Chosen more often than there is room for',
    room: (capacity: number, schools: string) => `room for ${capacity}: ${schools}`,
    unchosen: 'Optional offer no school chose',
    withoutChoices: 'Schools without choices',
    none: 'none',
  },
};

/** The summary as lines for the terminal. */
export function summaryLines(summary: BuildSummary, language: Language): string[] {
  const t = texts[language];
  const section = (title: string, items: string[]) => (items.length === 0 ? [`${title}: ${t.none}`] : [`${title} (${items.length}):`, ...items.map((item) => `  - ${item}`)]);
  return [
    t.heading,
    ...section(t.overBudget, summary.overBudget.map(({ school, overBy }) => `${school}: ${t.overBy(formatMoney(overBy, language))}`)),
    ...section(t.overCapacity, summary.overCapacity.map(({ intervention, capacity, schools }) => `${intervention} (${t.room(capacity, schools.join(', '))})`)),
    ...section(t.unchosen, summary.unchosen),
    ...section(t.withoutChoices, summary.withoutChoices),
  ];
}
