/**
 * The brochures of a build: one per school and one for the whole catalogue. Drawn into a cache
 * keyed by content hash (unchanged brochures are not drawn again), then copied into the site.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../../core/catalogue/catalogue-model.ts';
import type { RawIntervention } from '../read-content.ts';
import type { Reporter } from '../report.ts';
import { brochureContent } from './brochure-content.ts';
import { prepareBrochureFonts } from './brochure-fonts.ts';
import type { BuildTime } from '../build-time.ts';
import { brochureDate, brochureJobs } from './brochure-jobs.ts';
import { publishForBrowser, type BrowserBrochureInputs } from './publish-for-browser.ts';
import { cachedPdf, keyHashes, type JobResult } from './render-job.ts';
import { renderInPool } from './render-pool.ts';
import type { MissingCharacter } from '../../brochure/content/text-guard.ts';
import { REPLACEMENT } from '../../brochure/content/text-guard.ts';
import type { Problem } from '../../core/validate/problem.ts';
import { pruneUnused } from '../checked-cache.ts';
import { reportWarnings } from '../report.ts';

/** Cached brochures no build has used for this long are removed. */
const CACHE_KEPT_DAYS = 30;

/**
 * One warning per content file and field, naming every character the font lacks there, each once.
 * A character already named with the field it came from (an intervention's title) is not named
 * again where the same text is shown without one: further on in its own file (a continued line),
 * or among the site's own words (`siteFile`: a table of choices, a list of titles).
 */
export function missingCharacterWarnings(missing: MissingCharacter[], siteFile: string): Problem[] {
  const fielded = missing.filter(({ field }) => field);
  const inFields = new Set(fielded.map(({ character }) => character));
  const inFieldsOf = new Set(fielded.map(({ file, character }) => `${file}\u0000${character}`));
  const named = ({ file, character }: MissingCharacter) => inFieldsOf.has(`${file}\u0000${character}`) || (file === siteFile && inFields.has(character));
  const byPlace = new Map<string, { file: string; field?: string; characters: Set<string> }>();
  for (const warning of missing) {
    const { file, field, character } = warning;
    if (!field && named(warning)) continue;
    const key = `${file}\u0000${field ?? ''}`;
    const place = byPlace.get(key) ?? { file, ...(field && { field }), characters: new Set<string>() };
    byPlace.set(key, place);
    place.characters.add(character);
  }
  return [...byPlace.values()].map(({ file, field, characters }) => ({
    file,
    ...(field && { field: [field] }),
    kind: 'missing-characters',
    params: { characters: [...characters], replacement: REPLACEMENT },
  }));
}

export interface BrochureOptions {
  catalogue: Catalogue;
  interventions: RawIntervention[];
  contentDir: string;
  /** The build's date: the day the brochures show, and their metadata's moment (build-time.ts). */
  time: BuildTime;
  /** YYYY-MM-DD that availability is judged on (the build's day); without it nothing is marked not available. */
  buildDate?: string;
  /** The BASE_PATH option, for the site's address on the covers. */
  basePath?: string;
  /** e.g. node_modules/.cache/aanbodgids; brochures go in brochures/, fonts in fonts/. */
  cacheDir: string;
  reporter: Reporter;
  workers?: number;
}

export interface MadeBrochures {
  /** Every brochure of the build with its key, and whether it was drawn now or taken from the cache. */
  jobs: JobResult[];
  drawn: number;
  reused: number;
  cacheDir: string;
  /** What the site needs to draw a school's brochure in the browser the same way; absent when no brochures were made. */
  forBrowser?: BrowserBrochureInputs;
}

/**
 * 1. Gather the content the renderer needs; prepare the fonts; hash fonts, logo and renderer code.
 * 2. Plan every brochure on every core, keyed by what it draws; draw those the cache lacks.
 * 3. Report characters the font lacks, once each.
 */
export async function makeBrochures(options: BrochureOptions): Promise<MadeBrochures> {
  const { catalogue, interventions, contentDir, reporter } = options;
  const content = brochureContent(catalogue, interventions, contentDir, reporter, { asOf: options.time.day, buildDate: options.buildDate, basePath: options.basePath });
  const fonts = await prepareBrochureFonts(path.join(options.cacheDir, 'fonts'));
  const hashes = keyHashes(fonts, content);
  const date = brochureDate(content, options.time);

  const cacheDir = path.join(options.cacheDir, 'brochures');
  const jobs = await renderInPool(brochureJobs(content), { content, fonts, cacheDir, hashes, date, workers: options.workers });
  const drawn = jobs.filter((job) => job.drawn).length;

  reportWarnings(missingCharacterWarnings(jobs.flatMap((job) => job.warnings), catalogue.site.file), reporter, catalogue.site.language);
  // Every brochure of this build was just read or written, so this removes only what no recent build used.
  pruneUnused(cacheDir, new Date(Date.now() - CACHE_KEPT_DAYS * 24 * 60 * 60 * 1000));
  return { jobs, drawn, reused: jobs.length - drawn, cacheDir, forBrowser: { content, fonts, hashes, date } };
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
