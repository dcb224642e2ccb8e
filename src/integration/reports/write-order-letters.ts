/**
 * The order letters: reports/aanbieders/<provider-id>.pdf, one per provider that schools chose
 * from, drawn by the brochure renderer with the build's fonts and logo. They hold the schools'
 * contacts, so they are written for the team only, never into the site. A provider nobody chose
 * from gets no letter, and a letter left from an earlier run for such a provider is removed, so
 * the folder never holds an order that no longer stands. Letters are cached as brochures are
 * (same cache folder, same key over the plan, renderer, fonts, logo and date), so a build
 * redraws only the letters whose order changed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import type { MissingCharacter } from '../../brochure/content/text-guard.ts';
import type { Catalogue } from '../../core/catalogue/catalogue-model.ts';
import { publicCatalogue } from '../../core/catalogue/public-view.ts';
import { orderLetters } from '../../core/reports/order-letter.ts';
import { readLogo, siteAddress } from '../brochures/brochure-content.ts';
import { prepareBrochureFonts } from '../brochures/brochure-fonts.ts';
import { missingCharacterWarnings } from '../brochures/build-brochures.ts';
import { brochureDate } from '../brochures/brochure-jobs.ts';
import type { BuildTime } from '../build-time.ts';
import { drawUnlessCached, keyHashes, nodeRenderer } from '../brochures/render-job.ts';
import { reportWarnings, type Reporter } from '../report.ts';

const ORDER_LETTERS_DIR = 'aanbieders';

export interface LetterOptions {
  /** The reports folder; the letters go in its aanbieders/. */
  reportsDir: string;
  catalogue: Catalogue;
  contentDir: string;
  /** The brochures' cache: the subset fonts in its fonts/, the letters' PDFs with the brochures in its brochures/. */
  cacheDir: string;
  reporter: Reporter;
  /** The build's date: the day the letters show, and their metadata's moment. */
  time: BuildTime;
  /** The BASE_PATH option, for the site's address. */
  basePath?: string;
}

export interface WrittenLetters {
  files: string[];
  /** The providers whose letter was drawn, not taken from the cache. */
  drawn: string[];
}

/** What the letters print of the site: its title, municipality, language, logo and the date. No bodies. */
function letterContent({ catalogue, contentDir, time, basePath }: LetterOptions): BrochureContent {
  const { site } = catalogue;
  return { catalogue: publicCatalogue(catalogue), bodies: {}, intro: [], steps: [], colophon: [], asOf: time.day, siteAddress: siteAddress(site, basePath), logo: readLogo(contentDir, site.logo?.file) };
}

/** Writes one letter per provider with choices: their paths, and which were drawn anew. */
export async function writeOrderLetters(options: LetterOptions): Promise<WrittenLetters> {
  const { reportsDir, catalogue, cacheDir, reporter, time } = options;
  const letters = orderLetters(catalogue);
  const dir = path.join(reportsDir, ORDER_LETTERS_DIR);
  mkdirSync(dir, { recursive: true });
  const current = new Set(letters.map((letter) => `${letter.provider.id}.pdf`));
  for (const name of readdirSync(dir)) if (name.endsWith('.pdf') && !current.has(name)) rmSync(path.join(dir, name));
  if (letters.length === 0) return { files: [], drawn: [] };

  const fonts = await prepareBrochureFonts(path.join(cacheDir, 'fonts'));
  const renderer = await nodeRenderer(fonts);
  const content = letterContent(options);
  const setup = { cacheDir: path.join(cacheDir, 'brochures'), hashes: keyHashes(fonts, content), date: brochureDate(content, time) };
  const files: string[] = [];
  const drawn: string[] = [];
  const missing: MissingCharacter[] = [];
  for (const letter of letters) {
    const plan = await renderer.planOrderLetter(content, letter);
    missing.push(...plan.warnings);
    const result = await drawUnlessCached(renderer, plan, content, setup);
    if (result.drawn) drawn.push(letter.provider.id);
    const file = path.join(dir, `${letter.provider.id}.pdf`);
    writeFileSync(file, result.pdf);
    files.push(file);
  }
  reportWarnings(missingCharacterWarnings(missing, catalogue.site.file), reporter, catalogue.site.language);
  return { files, drawn };
}
