/**
 * `npm run report`: the project team's reports (keuzes.csv, aanbieders.csv, scholen.csv,
 * overzicht.html and an order letter per provider in aanbieders/) from the content folder,
 * without building the site, and the summary of the choices.
 * --content <dir> (or CONTENT_DIR), --reports-dir <dir> (default reports/), --csv rfc4180 for `,`
 * and a decimal point instead of Dutch Excel's form. Exit codes: 0 written, 1 content problems or a
 * reports folder inside a site folder (nothing written).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/integration/check-content.ts';
import { resolveContentDir } from '../src/integration/content-dir.ts';
import { csvDialect, resolveOptions } from '../src/integration/options.ts';
import { siteHoldingReports } from '../src/integration/out-dir-guard.ts';
import { consoleReporter, reportProblems } from '../src/integration/report.ts';
import { writeTeamReports } from '../src/integration/reports/finish-reports.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, 'reports-dir': { type: 'string' }, csv: { type: 'string' } } });
const csv = csvDialect(values.csv);
const contentDir = resolveContentDir(values.content);
const { brochureCacheDir, reportsDir, outDir, time, readLog } = resolveOptions({ reportsDir: values['reports-dir'] && path.resolve(values['reports-dir']) }, process.cwd());
const checked = checkContent(contentDir, consoleReporter, { buildDate: time.day, readLog });
if (!checked) process.exit(1);
// Never into a site folder (the build's dist/ or OUT_DIR, or an earlier build anywhere): all of it is published.
const root = path.resolve(import.meta.dirname, '..');
const site = siteHoldingReports(reportsDir, [outDir ?? path.join(root, 'dist')]);
if (site) {
  reportProblems([{ file: reportsDir, kind: 'reports-in-site', params: { site } }], consoleReporter, checked.catalogue.site.language, contentDir);
  process.exit(1);
}
await writeTeamReports({ catalogue: checked.catalogue, reportsDir, csv, reporter: consoleReporter, contentDir, cacheDir: brochureCacheDir, time });
