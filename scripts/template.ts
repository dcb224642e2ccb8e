/**
 * `npm run template`: aanbod-sjabloon.xlsx (or --out FILE), an empty spreadsheet to fill in and
 * import, with drop-down lists whose domains come from the content folder's site.yaml.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/integration/check-content.ts';
import { resolveContentDir } from '../src/integration/content-dir.ts';
import { consoleReporter } from '../src/integration/report.ts';
import { writeTemplateWorkbook } from '../src/integration/spreadsheet/template-workbook.ts';
import { creationDate } from './spreadsheet-date.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
const out = path.resolve(values.out ?? 'aanbod-sjabloon.xlsx');

try {
  const checked = checkContent(resolveContentDir(values.content), consoleReporter);
  if (!checked) process.exitCode = 1;
  else {
    await writeTemplateWorkbook(checked.catalogue.site.domains, out, creationDate());
    console.log(`${path.relative(process.cwd(), out) || out} geschreven.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
