/**
 * The brochures of a build: one per school and one for the whole catalogue. Drawn into a cache
 * keyed by content hash (unchanged brochures are not drawn again), then copied into the site.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../../core/catalogue.ts';
import type { RawIntervention } from '../read-content.ts';
import type { Reporter } from '../report.ts';
import { brochureContent } from './brochure-content.ts';
import { prepareBrochureFonts } from './brochure-fonts.ts';
import { brochureDate, brochureJobs, type BrochureJob } from './brochure-jobs.ts';
import { publishForBrowser, type BrowserBrochureInputs } from './publish-for-browser.ts';
import { renderInPool } from './render-pool.ts';
import { cachedPdf, cachedWarnings } from './render-job.ts';

export interface BrochureOptions {
  catalogue: Catalogue;
  interventions: RawIntervention[];
  contentDir: string;
  /** e.g. node_modules/.cache/aanbodgids; brochures go in brochures/, fonts in fonts/. */
  cacheDir: string;
  reporter: Reporter;
  workers?: number;
}

export interface MadeBrochures {
  jobs: BrochureJob[];
  drawn: number;
  reused: number;
  cacheDir: string;
  /** What the site needs to draw a school's brochure in the browser the same way; absent when no brochures were made. */
  forBrowser?: BrowserBrochureInputs;
}

/**
 * 1. Gather the content the renderer needs; prepare the fonts.
 * 2. List the brochures with their content hashes.
 * 3. Draw those the cache lacks, on every core.
 * 4. Report characters the font lacks, once each.
 */
export async function makeBrochures(options: BrochureOptions): Promise<MadeBrochures> {
  const { catalogue, interventions, contentDir, reporter } = options;
  const content = brochureContent(catalogue, interventions, contentDir, reporter);
  const fonts = await prepareBrochureFonts(path.join(options.cacheDir, 'fonts'));
  const fontsHash = createHash('sha256').update(fonts.regular).update(fonts.bold).digest('hex');

  const date = brochureDate(content);
  const jobs = brochureJobs(content, fontsHash, date);
  const cacheDir = path.join(options.cacheDir, 'brochures');
  const missing = jobs.filter((job) => !existsSync(cachedPdf(cacheDir, job.key)));
  await renderInPool(missing, { content, fonts, cacheDir, workers: options.workers });

  const warnings = new Set(jobs.flatMap((job): string[] => JSON.parse(readFileSync(cachedWarnings(cacheDir, job.key), 'utf8'))));
  for (const warning of warnings) reporter.warn(`⚠ warning: ${warning}`);
  return { jobs, drawn: missing.length, reused: jobs.length - missing.length, cacheDir, forBrowser: { content, fonts, fontsHash, date } };
}

/** Copies the brochures from the cache into the (staging) output folder. */
export function publishBrochures(made: MadeBrochures, outDir: string): void {
  for (const job of made.jobs) {
    const target = path.join(outDir, job.output);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(cachedPdf(made.cacheDir, job.key), target);
  }
  if (made.forBrowser) publishForBrowser(made.forBrowser, outDir);
}
