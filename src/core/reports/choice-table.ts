/**
 * One row per school and choice: who chose what from which provider, how much, at what price.
 * Made once here; keuzes.csv, the overview page, the order letters and the spreadsheet export's
 * `keuzes` sheet all take these rows and these columns.
 */
import { indexOf, mustGet, type Catalogue, type School } from '../catalogue/catalogue-model.ts';
import { summarizeBudget } from '../budget/budget.ts';
import { costUnitCounts, type Language } from '../strings/labels.ts';
import type { Cents } from '../money/money.ts';
import type { SchoolType } from '../schema/common.ts';
import type { CostUnit } from '../schema/intervention.ts';
import { moneyColumn, type Column, type Table } from './table.ts';

export interface ChoiceRow {
  schoolId: string;
  school: string;
  schoolType: SchoolType;
  interventionId: string;
  intervention: string;
  providerId: string;
  provider: string;
  domainId: string;
  domain: string;
  quantity: number;
  /** What one unit is; a choice without a cost counts whole schools. */
  unit: CostUnit;
  unitPrice: Cents;
  charge: Cents;
  /** The NPO menukaart category the charge is accounted under: the first the intervention lists. */
  menukaart?: string;
  note?: string;
}

/** The choices of one school as rows, in the order the school lists them. */
export function choiceRowsOf(school: School, catalogue: Catalogue): ChoiceRow[] {
  const { domains, providers } = indexOf(catalogue);
  return summarizeBudget(school, catalogue).lines.map(({ choice, intervention, quantity, unitPrice, charge }) => ({
    schoolId: school.id,
    school: school.name,
    schoolType: school.type,
    interventionId: intervention.id,
    intervention: intervention.title,
    providerId: intervention.provider,
    provider: mustGet(providers, intervention.provider, 'provider').name,
    domainId: intervention.domain,
    domain: mustGet(domains, intervention.domain, 'domain').label,
    quantity,
    unit: intervention.cost?.per ?? 'school',
    unitPrice,
    charge,
    ...(intervention.menukaart ? { menukaart: intervention.menukaart[0] } : {}),
    ...(choice.note ? { note: choice.note } : {}),
  }));
}

/** Every choice of every school, schools in catalogue order. */
export const choiceRows = (catalogue: Catalogue): ChoiceRow[] => catalogue.schools.flatMap((school) => choiceRowsOf(school, catalogue));

const text = <Row>(key: string, nl: string, en: string, value: (row: Row) => string | undefined): Column<Row> => ({
  key,
  heading: { nl, en },
  kind: 'text',
  value: (row) => value(row),
});

/** The columns of keuzes.csv and the `keuzes` sheet: school, type, intervention, provider, domain, quantity, unit, unit price, charge, menukaart category, note. */
export const CHOICE_COLUMNS: Column<ChoiceRow>[] = [
  text('school', 'School', 'School', (row) => row.school),
  text('schoolType', 'Type', 'Type', (row) => row.schoolType),
  text('intervention', 'Interventie', 'Intervention', (row) => row.intervention),
  text('provider', 'Aanbieder', 'Provider', (row) => row.provider),
  text('domain', 'Domein', 'Domain', (row) => row.domain),
  { key: 'quantity', heading: { nl: 'Aantal', en: 'Quantity' }, kind: 'count', value: (row) => row.quantity },
  { key: 'unit', heading: { nl: 'Eenheid', en: 'Unit' }, kind: 'text', value: (row, language: Language) => costUnitCounts[language][row.unit][0] },
  moneyColumn('unitPrice', { nl: 'Prijs per eenheid', en: 'Unit price' }, (row: ChoiceRow) => row.unitPrice),
  moneyColumn('charge', { nl: 'Bedrag', en: 'Amount' }, (row: ChoiceRow) => row.charge),
  text('menukaart', 'Menukaart', 'NPO menu', (row) => row.menukaart),
  text('note', 'Opmerking', 'Note', (row) => row.note),
];

/** The choice table of a catalogue: rows and columns together. */
export const choiceTable = (catalogue: Catalogue): Table<ChoiceRow> => ({ columns: CHOICE_COLUMNS, rows: choiceRows(catalogue) });
