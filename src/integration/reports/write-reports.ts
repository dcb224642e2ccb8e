/**
 * The project team's reports: keuzes.csv, aanbieders.csv, scholen.csv and overzicht.html, written to reports/ in
 * the project folder after every build and by `npm run report`. They hold budgets and choices, so
 * they go on the site only when site.yaml asks for it (`reports: {publish: true}`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../../core/catalogue/catalogue-model.ts';
import { choiceRows, choiceTable } from '../../core/reports/choice-table.ts';
import { tableToCsv, type CsvDialect } from '../../core/reports/csv.ts';
import { overviewHtml } from '../../core/reports/overview-html.ts';
import { providerTable } from '../../core/reports/provider-rows.ts';
import { schoolTable } from '../../core/reports/school-rows.ts';

/** Where published reports go inside the site. */
export const PUBLISHED_REPORTS_DIR = 'rapportage';

const REPORT_FILES = { choices: 'keuzes.csv', providers: 'aanbieders.csv', schools: 'scholen.csv', overview: 'overzicht.html' } as const;

/** Writes the report files into `dir` and returns their paths. */
export function writeReports(dir: string, catalogue: Catalogue, dialect: CsvDialect): string[] {
  const { language } = catalogue.site;
  mkdirSync(dir, { recursive: true });
  const choices = choiceRows(catalogue);
  const files: [string, string][] = [
    [REPORT_FILES.choices, tableToCsv({ ...choiceTable(catalogue), rows: choices }, language, dialect)],
    [REPORT_FILES.providers, tableToCsv(providerTable(catalogue, choices), language, dialect)],
    [REPORT_FILES.schools, tableToCsv(schoolTable(catalogue), language, dialect)],
    [REPORT_FILES.overview, overviewHtml(catalogue, language)],
  ];
  return files.map(([name, text]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}
