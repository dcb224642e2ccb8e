/**
 * `npm run export`: the validated catalogue as aanbod.xlsx, one sheet per kind of entry and one
 * of choices with their charges. It holds budgets, so it is written beside the content, never
 * into the published site.
 */
import type { Catalogue } from '../../core/catalogue/catalogue-model.ts';
import { catalogueRows } from '../../core/spreadsheet/catalogue-rows.ts';
import { SHEET_NAMES, SHEETS } from '../../core/spreadsheet/columns.ts';
import type { RawIntervention } from '../read-content.ts';
import { addSheet, newWorkbook } from './write-workbook.ts';

export async function writeCatalogueWorkbook(
  catalogue: Catalogue,
  interventions: Pick<RawIntervention, 'id' | 'body'>[],
  file: string,
  created: Date,
): Promise<void> {
  const bodies = new Map(interventions.map(({ id, body }) => [id, body]));
  const rows = catalogueRows(catalogue, bodies);
  const workbook = newWorkbook(created);
  for (const sheet of SHEET_NAMES) addSheet(workbook, sheet, SHEETS[sheet], rows[sheet]);
  await workbook.xlsx.writeFile(file);
}
