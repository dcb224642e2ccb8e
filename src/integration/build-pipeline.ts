/**
 * The steps of `astro build` around Astro's own: the pages go to a staging folder while worker
 * threads draw the brochures; when Astro is done, Pagefind indexes the pages, the brochures are
 * copied in and the staging folder is swapped in as the output. A build that fails anywhere
 * leaves the previously built site exactly as it was.
 */
import path from 'node:path';
import type { Catalogue } from '../core/catalogue/catalogue-model.ts';
import { makeBrochures, publishBrochures, type MadeBrochures } from './brochures/build-brochures.ts';
import type { BuildTime } from './build-time.ts';
import type { PhaseLog } from './phase-log.ts';
import type { RawIntervention } from './read-content.ts';
import { reportTexts, type Reporter } from './report.ts';
import { writeSiteData, writeTeamReports } from './reports/finish-reports.ts';
import type { CsvDialect } from '../core/reports/csv.ts';
import { writeSearchIndex } from './search-index.ts';
import { createStaging } from './staging.ts';

export interface PipelineInput {
  root: string;
  /** The output folder the user asked for (Astro's outDir before the integration changed it). */
  outDir: string;
  catalogue: Catalogue;
  interventions: RawIntervention[];
  contentDir: string;
  /** The build's date: the content was checked as of its day, and brochures mark what is not available on it. */
  time: BuildTime;
  /** False indexes the pages without added search words. */
  searchWords: boolean;
  /** The BASE_PATH option, for the site's address in brochures, letters and open data. */
  basePath: string | undefined;
  /** The brochure cache; undefined skips the brochures. */
  brochureCacheDir: string | undefined;
  /** Where the project team's reports go, and the CSV form of every CSV written. */
  reportsDir: string;
  /** The brochures' cache folder, also when the brochures are skipped: the order letters' fonts and PDFs. */
  letterCacheDir: string;
  csv: CsvDialect;
  reporter: Reporter;
  phases: PhaseLog;
}

export interface Pipeline {
  /** Where Astro writes the pages. */
  stagingDir: string;
  /** After Astro's pages: search, brochures, then the swap into the output folder. */
  finish(): Promise<void>;
}

/**
 * 1. Create the staging folder (Astro builds the pages into it).
 * 2. Start drawing the brochures in worker threads, alongside Astro.
 * Then, in finish():
 * 3. Index the built pages for search (Pagefind writes pagefind/ beside them).
 * 4. Copy the brochures in: brochures/<school>.pdf and aanbod.pdf.
 * 5. Write the open data (aanbod.json, .csv, .schema.json) and, when site.yaml asks, the reports.
 * 6. Publish: swap the staging folder in as the output.
 * 7. Write the project team's reports and order letters, and print the summary of the choices.
 */
export function startPipeline(input: PipelineInput): Pipeline {
  const { root, outDir, catalogue, interventions, contentDir, time, brochureCacheDir, reporter, phases } = input;
  const team = { catalogue, interventions, reportsDir: input.reportsDir, csv: input.csv, reporter, contentDir, cacheDir: input.letterCacheDir, time, basePath: input.basePath };
  const staging = createStaging(outDir);
  let published = false;
  let discarded = false;
  // A failure anywhere (in Astro too), or a signal the entry point ends the process on, comes before publish: then the staging folder goes, once.
  const discardUnpublished = () => {
    if (published || discarded) return;
    discarded = true;
    staging.discard();
  };
  process.once('exit', discardUnpublished);

  let brochures: Promise<MadeBrochures> | undefined;
  if (brochureCacheDir) {
    brochures = phases.time('brochures', () => makeBrochures({ catalogue, interventions, contentDir, time, buildDate: time.day, basePath: input.basePath, cacheDir: brochureCacheDir, reporter }));
    brochures.catch(() => {}); // awaited in finish(); this only keeps an early Astro failure from also reporting it as unhandled
  }

  return {
    stagingDir: staging.dir,
    async finish() {
      await phases.time('search', () => writeSearchIndex({ siteDir: staging.dir, catalogue, interventions, searchWords: input.searchWords }));
      const made = await brochures;
      phases.start('publish');
      if (made) {
        publishBrochures(made, staging.dir);
        reporter.info(reportTexts[catalogue.site.language].brochures(made.drawn, made.reused));
      }
      writeSiteData(staging.dir, team);
      const { leftOver, reason } = staging.publish();
      published = true;
      process.off('exit', discardUnpublished);
      const texts = reportTexts[catalogue.site.language];
      if (leftOver) reporter.warn(`⚠ ${texts.warning}: ${texts.leftOver(path.relative(root, outDir) || outDir, leftOver, reason ?? '')}`);
      phases.end('publish');
      reporter.info(texts.built(catalogue.interventions.length, catalogue.schools.length, path.relative(root, outDir) || outDir));
      await writeTeamReports(team);
    },
  };
}
