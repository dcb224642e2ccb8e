/**
 * `npm run import -- aanbod.xlsx` (or .csv): a spreadsheet into the content folder (--content DIR
 * or CONTENT_DIR). --update changes existing files (only the sheet's fields), --dry-run shows what
 * would change, --skip-invalid writes the rows that can be imported, --map FILE renames columns.
 * Exit codes: 0 imported, 1 rows with problems (nothing written), 2 unexpected failure.
 */
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/core/validate/format-problem.ts';
import { importTexts } from '../src/core/spreadsheet/import-texts.ts';
import { resolveContentDir } from '../src/integration/content-dir.ts';
import { importSpreadsheet, writeChanges } from '../src/integration/spreadsheet/import-spreadsheet.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string' },
    map: { type: 'string' },
    update: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    'skip-invalid': { type: 'boolean', default: false },
  },
});
const [file] = positionals;
if (!file) {
  console.error('Gebruik: npm run import -- aanbod.xlsx [--content DIR] [--update] [--dry-run] [--skip-invalid] [--map kolommen.yaml]');
  process.exit(2);
}
const contentDir = resolveContentDir(values.content);

try {
  const result = await importSpreadsheet({ contentDir, file, mapFile: values.map, update: values.update, skipInvalid: values['skip-invalid'] });
  const texts = importTexts[result.language];
  const show = (problems: typeof result.problems) => problems.forEach((problem) => console.error(`✗ ${formatProblem(problem, result.language)}`));
  if (result.unknownColumns.length > 0) console.warn(`⚠ ${texts.unknownColumns(result.unknownColumns.map(({ sheet, header }) => `${sheet}: ${header}`))}`);
  if (result.skippedProblems.length > 0) {
    console.error(texts.skipped(result.skippedProblems.length));
    show(result.skippedProblems);
  }
  if (result.problems.length > 0) {
    show(result.problems);
    console.error(`\n${texts.problems(result.problems.length)}`);
    process.exitCode = 1;
  } else {
    for (const change of result.changes) console.log(texts.change(change.kind, change.file));
    if (values['dry-run']) console.log(texts.dryRun);
    else {
      writeChanges(contentDir, result.changes);
      console.log(texts.written(result.changes.filter((change) => change.kind !== 'unchanged').length, contentDir));
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
