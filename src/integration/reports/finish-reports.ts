/**
 * The build's last steps for the project team: the open data into the site, the reports into
 * reports/ (and into the site when site.yaml asks; the order letters, which hold the schools'
 * contacts, only into reports/), then the summary of the choices.
 */
import path from 'node:path';
import type { Catalogue } from '../../core/catalogue/catalogue-model.ts';
import { buildSummary, summaryLines } from '../../core/reports/build-summary.ts';
import type { CsvDialect } from '../../core/reports/csv.ts';
import { writeOpenData } from '../open-data/write-open-data.ts';
import type { BuildTime } from '../build-time.ts';
import type { RawIntervention } from '../read-content.ts';
import { reportTexts, type Reporter } from '../report.ts';
import { writeOrderLetters } from './write-order-letters.ts';
import { PUBLISHED_REPORTS_DIR, writeReports } from './write-reports.ts';

export interface TeamOutput {
  catalogue: Catalogue;
  interventions: RawIntervention[];
  reportsDir: string;
  csv: CsvDialect;
  reporter: Reporter;
  contentDir: string;
  /** The brochures' cache, which the order letters share (fonts and drawn PDFs). */
  cacheDir: string;
  /** The build's date, for the order letters. */
  time: BuildTime;
  /** The BASE_PATH option, for the site's address in the open data and the letters. */
  basePath?: string;
}

/** Into the site before it is published: aanbod.json, .csv and .schema.json, and the reports when published. */
export function writeSiteData(siteDir: string, { catalogue, interventions, csv, basePath }: TeamOutput): void {
  writeOpenData(siteDir, catalogue, interventions, csv, basePath);
  if (catalogue.site.reports?.publish) writeReports(path.join(siteDir, PUBLISHED_REPORTS_DIR), catalogue, csv);
}

/** After the site is published: reports/ for the team with an order letter per provider, and what needs their attention. */
export async function writeTeamReports({ catalogue, reportsDir, csv, reporter, contentDir, cacheDir, time, basePath }: Omit<TeamOutput, 'interventions'>): Promise<void> {
  writeReports(reportsDir, catalogue, csv);
  const letters = await writeOrderLetters({ reportsDir, catalogue, contentDir, cacheDir, reporter, time, basePath });
  const texts = reportTexts[catalogue.site.language];
  reporter.info(texts.reports(reportsDir));
  if (letters.files.length > 0) reporter.info(texts.orderLetters(letters.drawn.length, letters.files.length - letters.drawn.length));
  reporter.info(summaryLines(buildSummary(catalogue), catalogue.site.language).join('\n'));
}
