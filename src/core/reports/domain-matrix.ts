/** What each school spends per domain: the schools-by-domain matrix of the overview. */
import type { Catalogue } from '../catalogue/catalogue-model.ts';
import type { Cents } from '../money/money.ts';
import type { ChoiceRow } from './choice-table.ts';
import { moneyColumn, type Column, type Table } from './table.ts';

export interface DomainMatrixRow {
  school: string;
  /** Cents per domain id. */
  byDomain: Map<string, Cents>;
  total: Cents;
}

export function domainMatrix(catalogue: Catalogue, choices: ChoiceRow[]): Table<DomainMatrixRow> {
  const rows = catalogue.schools.map((school): DomainMatrixRow => {
    const mine = choices.filter((row) => row.schoolId === school.id);
    const byDomain = new Map(catalogue.site.domains.map((domain) => [domain.id, mine.filter((row) => row.domainId === domain.id).reduce((sum, row) => sum + row.charge, 0)]));
    return { school: school.name, byDomain, total: mine.reduce((sum, row) => sum + row.charge, 0) };
  });
  const columns: Column<DomainMatrixRow>[] = [
    { key: 'school', heading: { nl: 'School', en: 'School' }, kind: 'text', value: (row) => row.school },
    ...catalogue.site.domains.map((domain) => moneyColumn(domain.id, { nl: domain.label, en: domain.label }, (row: DomainMatrixRow) => row.byDomain.get(domain.id))),
    moneyColumn('total', { nl: 'Totaal', en: 'Total' }, (row: DomainMatrixRow) => row.total),
  ];
  return { columns, rows };
}
