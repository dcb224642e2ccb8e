/**
 * Per provider and optional intervention: which schools chose it, how much in all, and whether
 * more schools chose it than it has room for. What the project team orders from each provider.
 */
import { indexOf, isOptional, mustGet, type Catalogue } from '../catalogue/catalogue-model.ts';
import { costUnitCounts } from '../strings/labels.ts';
import type { Cents } from '../money/money.ts';
import type { CostUnit } from '../schema/intervention.ts';
import { capacityUse } from '../validate/warnings.ts';
import { choiceRows, type ChoiceRow } from './choice-table.ts';
import { moneyColumn, type Column, type Table } from './table.ts';

export interface ProviderRow {
  providerId: string;
  provider: string;
  interventionId: string;
  intervention: string;
  /** The schools' names, in catalogue order. */
  schools: string[];
  totalQuantity: number;
  unit: CostUnit;
  totalCharge: Cents;
  capacity: number | undefined;
  overCapacity: boolean;
}

/** Every optional intervention by provider (chosen or not), providers and interventions in catalogue order. */
export function providerRows(catalogue: Catalogue, choices: ChoiceRow[] = choiceRows(catalogue)): ProviderRow[] {
  const { providers } = indexOf(catalogue);
  const order = new Map(catalogue.providers.map((provider, index) => [provider.id, index]));
  const optional = catalogue.interventions.filter(isOptional);
  const byProvider = [...optional].sort((a, b) => (order.get(a.provider) ?? 0) - (order.get(b.provider) ?? 0));
  return byProvider.map((intervention) => {
    const rows = choices.filter((row) => row.interventionId === intervention.id);
    const use = capacityUse(catalogue, intervention);
    return {
      providerId: intervention.provider,
      provider: mustGet(providers, intervention.provider, 'provider').name,
      interventionId: intervention.id,
      intervention: intervention.title,
      schools: [...new Set(rows.map((row) => row.school))],
      totalQuantity: rows.reduce((sum, row) => sum + row.quantity, 0),
      unit: intervention.cost?.per ?? 'school',
      totalCharge: rows.reduce((sum, row) => sum + row.charge, 0),
      capacity: use.capacity,
      overCapacity: use.overCapacity,
    };
  });
}

const yesNo = { nl: ['ja', 'nee'], en: ['yes', 'no'] } as const;

/** The columns of aanbieders.csv. */
const PROVIDER_COLUMNS: Column<ProviderRow>[] = [
  { key: 'provider', heading: { nl: 'Aanbieder', en: 'Provider' }, kind: 'text', value: (row) => row.provider },
  { key: 'intervention', heading: { nl: 'Interventie', en: 'Intervention' }, kind: 'text', value: (row) => row.intervention },
  { key: 'schoolCount', heading: { nl: 'Aantal scholen', en: 'Number of schools' }, kind: 'count', value: (row) => row.schools.length },
  { key: 'schools', heading: { nl: 'Scholen', en: 'Schools' }, kind: 'text', value: (row) => row.schools.join(', ') },
  { key: 'totalQuantity', heading: { nl: 'Totaal aantal', en: 'Total quantity' }, kind: 'count', value: (row) => row.totalQuantity },
  { key: 'unit', heading: { nl: 'Eenheid', en: 'Unit' }, kind: 'text', value: (row, language) => costUnitCounts[language][row.unit][0] },
  moneyColumn('totalCharge', { nl: 'Totaalbedrag', en: 'Total amount' }, (row: ProviderRow) => row.totalCharge),
  { key: 'capacity', heading: { nl: 'Capaciteit (scholen)', en: 'Capacity (schools)' }, kind: 'count', value: (row) => row.capacity },
  {
    key: 'overCapacity',
    heading: { nl: 'Over capaciteit', en: 'Over capacity' },
    kind: 'text',
    value: (row, language) => yesNo[language][row.overCapacity ? 0 : 1],
  },
];

export const providerTable = (catalogue: Catalogue, choices?: ChoiceRow[]): Table<ProviderRow> => ({
  columns: PROVIDER_COLUMNS,
  rows: providerRows(catalogue, choices),
});
