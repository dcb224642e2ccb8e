/**
 * A list of facts (an intervention's facts, a provider's contact details, In het kort): bold labels
 * in the first column, no header, kept whole on a page. The tagged PDF reads it as the site reads
 * its description lists, a paragraph per fact (draw/structure-roles.ts `isFactList`).
 */
import type { TableItem } from '../flow.ts';
import type { FlowContext } from './flow-context.ts';
import { styles } from './styles.ts';

export type Fact = [label: string, value: string | undefined];

/** Label and value rows, cleaned; a fact without a value is left out. */
export const factRows = (facts: Fact[], context: FlowContext): string[][] =>
  facts.filter((fact): fact is [string, string] => Boolean(fact[1])).map((fact) => fact.map((text) => context.clean(text)));

export function factList(rows: string[][], extra: Partial<Omit<TableItem, 'kind' | 'rows' | 'header' | 'strongFirstColumn'>> = {}): TableItem {
  return { kind: 'table', align: [], header: [], rows, style: styles.table, stretch: 1, strongFirstColumn: true, keepTogether: true, ...extra };
}
