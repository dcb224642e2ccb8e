/**
 * `npm run keuzes -- <file>...`: merge the choices files schools downloaded from /keuzes/ into
 * content/schools/ (or --content DIR / CONTENT_DIR). Only the choices change; the team's fields
 * and comments stay. --dry-run shows the changes without writing; --new creates a file for a
 * school that is not in the folder yet. Exit codes: 0 merged, 1 problems (nothing written).
 */
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/integration/content-dir.ts';
import { consoleReporter } from '../src/integration/report.ts';
import { collectChoices } from '../src/integration/reports/collect-choices.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, new: { type: 'boolean', default: false } },
});
if (positionals.length === 0) {
  console.error('Geef de bestanden van de scholen op: npm run keuzes -- "de-linde.yaml" "het-baken (1).yaml"');
  process.exit(1);
}
process.exitCode = collectChoices({
  contentDir: resolveContentDir(values.content),
  files: positionals,
  allowNew: values.new,
  dryRun: values['dry-run'],
  reporter: consoleReporter,
});
