/**
 * Per school: its size, its budget, what its choices cost and what is left (negative when over),
 * and what it spends per NPO menukaart category, since school boards account per category.
 */
import { summarizeBudget } from '../budget/budget.ts';
import type { Catalogue } from '../catalogue/catalogue-model.ts';
import { chargesPerCategory } from '../budget/menukaart-totals.ts';
import type { Cents } from '../money/money.ts';
import type { SchoolType } from '../schema/common.ts';
import { MENUKAART_CATEGORIES, type MenukaartCategory } from '../schema/menukaart.ts';
import { moneyColumn, type Column, type Table } from './table.ts';

export interface SchoolRow {
  schoolId: string;
  school: string;
  schoolType: SchoolType;
  pupils: number;
  /** Undefined when neither the school nor site.yaml sets a budget. */
  budget: Cents | undefined;
  chosen: Cents;
  /** budget - chosen: negative when over budget; undefined without a budget. */
  left: Cents | undefined;
  choiceCount: number;
  /** Charges per menukaart category (each under the first it lists), zero where nothing was chosen. */
  perCategory: Record<MenukaartCategory, Cents>;
  /** Charges of choices whose intervention names no category; with perCategory they add up to `chosen`. */
  withoutCategory: Cents;
}

export const schoolRows = (catalogue: Catalogue): SchoolRow[] =>
  catalogue.schools.map((school) => {
    const summary = summarizeBudget(school, catalogue);
    const totals = chargesPerCategory(summary);
    const chargeOf = (category: MenukaartCategory | undefined) => totals.find((total) => total.category === category)?.charge ?? 0;
    return {
      schoolId: school.id,
      school: school.name,
      schoolType: school.type,
      pupils: school.pupils,
      budget: summary.budget,
      chosen: summary.spent,
      left: summary.remaining,
      choiceCount: school.choices.length,
      perCategory: Object.fromEntries(MENUKAART_CATEGORIES.map((category) => [category, chargeOf(category)])) as Record<MenukaartCategory, Cents>,
      withoutCategory: chargeOf(undefined),
    };
  });

/** One column per category, A to F, always all six so the file's columns do not depend on what was chosen. */
const categoryColumns: Column<SchoolRow>[] = MENUKAART_CATEGORIES.map((category) =>
  moneyColumn(`menukaart${category}`, { nl: `Menukaart ${category}`, en: `NPO menu ${category}` }, (row: SchoolRow) => row.perCategory[category]),
);

/** The columns of scholen.csv. */
const SCHOOL_COLUMNS: Column<SchoolRow>[] = [
  { key: 'school', heading: { nl: 'School', en: 'School' }, kind: 'text', value: (row) => row.school },
  { key: 'schoolType', heading: { nl: 'Type', en: 'Type' }, kind: 'text', value: (row) => row.schoolType },
  { key: 'pupils', heading: { nl: 'Leerlingen', en: 'Pupils' }, kind: 'count', value: (row) => row.pupils },
  moneyColumn('budget', { nl: 'Budget', en: 'Budget' }, (row: SchoolRow) => row.budget),
  moneyColumn('chosen', { nl: 'Gekozen', en: 'Chosen' }, (row: SchoolRow) => row.chosen),
  moneyColumn('left', { nl: 'Nog te besteden (negatief: te veel)', en: 'Left (negative: over)' }, (row: SchoolRow) => row.left),
  { key: 'choiceCount', heading: { nl: 'Aantal keuzes', en: 'Number of choices' }, kind: 'count', value: (row) => row.choiceCount },
  ...categoryColumns,
  moneyColumn('menukaartNone', { nl: 'Zonder menukaartcategorie', en: 'No NPO menu category' }, (row: SchoolRow) => row.withoutCategory),
];

export const schoolTable = (catalogue: Catalogue): Table<SchoolRow> => ({ columns: SCHOOL_COLUMNS, rows: schoolRows(catalogue) });
