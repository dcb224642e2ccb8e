/**
 * `npm run export`: the catalogue (--content DIR or CONTENT_DIR) as aanbod.xlsx in the working
 * folder, or --out FILE. Refuses to write into dist/: the sheets hold schools' budgets.
 * Exit codes: 0 written, 1 content problems (listed), 2 unexpected failure.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/integration/check-content.ts';
import { resolveContentDir } from '../src/integration/content-dir.ts';
import { consoleReporter } from '../src/integration/report.ts';
import { writeCatalogueWorkbook } from '../src/integration/spreadsheet/export-spreadsheet.ts';
import { creationDate } from './spreadsheet-date.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
const out = path.resolve(values.out ?? 'aanbod.xlsx');
if (out.split(path.sep).includes('dist')) {
  console.error(`${out}: niet in dist/ schrijven; de export bevat budgetten van scholen en hoort niet op de site.`);
  process.exit(2);
}

try {
  const checked = checkContent(resolveContentDir(values.content), consoleReporter);
  if (!checked) process.exitCode = 1;
  else {
    await writeCatalogueWorkbook(checked.catalogue, checked.content.interventions, out, creationDate());
    console.log(`${path.relative(process.cwd(), out) || out} geschreven.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
