/**
 * The whole build, as numbered steps. Each step that can fail does so before anything is
 * published, so `dist/` only ever holds a complete build.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build as astroBuild, type AstroIntegration } from 'astro';
import { validateCatalogue } from '../core/validate/validate-catalogue.ts';
import type { Catalogue } from '../core/catalogue.ts';
import { makeBrochures, publishBrochures } from './brochures/build-brochures.ts';
import { readContent, type ReadContent } from './read-content.ts';
import { reportProblems, reportWarnings, type Reporter } from './report.ts';
import { PhaseLog } from './phase-log.ts';
import { withProjectLock } from './project-lock.ts';
import { writeSearchIndex } from './search-index.ts';
import { createStaging } from './staging.ts';

export interface BuildOptions {
  /** Project root (where astro.config.mjs lives). */
  root: string;
  /** The content folder. */
  contentDir: string;
  /** Where the finished site goes. */
  outDir: string;
  reporter: Reporter;
  /** Records when each step ran (the benchmark's phase timings); a fresh, unread log if omitted. */
  phases?: PhaseLog;
  /** Where the caches live (Astro's content layer per content folder, the brochures); default under node_modules/. */
  cacheDir?: string;
  /** False skips the brochures: the benchmark's "pages and search alone". */
  brochures?: boolean;
}

export interface CheckedContent {
  catalogue: Catalogue;
  content: ReadContent;
}

/** Steps 1-2 on their own: read and validate, report, return the catalogue or undefined. */
export function checkContent(contentDir: string, reporter: Reporter): CheckedContent | undefined {
  const { content, problems: readProblems } = readContent(contentDir);
  const result = validateCatalogue(content, readProblems);
  if (!result.ok) {
    reportProblems(result.problems, reporter, result.language, contentDir);
    return undefined;
  }
  reportWarnings(result.warnings, reporter, result.language);
  return { catalogue: result.catalogue, content };
}

/** Astro's cache per content folder, so builds of different folders never share content state. */
function astroCacheDirFor(cacheRoot: string | undefined, root: string, contentDir: string): string {
  const key = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
  return path.join(cacheRoot ?? path.join(root, 'node_modules', '.astro'), `content-${key}`);
}

/** Marks where Astro's content sync ends and its page rendering begins, which only Astro's hooks can see. */
function astroPhaseMarks(phases: PhaseLog): AstroIntegration {
  return {
    name: 'aanbodgids-phase-marks',
    hooks: {
      'astro:build:start': () => {
        phases.end('astroSync');
        phases.start('pages');
      },
      'astro:build:done': () => phases.end('pages'),
    },
  };
}

/**
 * 1. Read every content file, collecting problems.
 * 2. Validate the catalogue; stop with every problem listed.
 * 3. Build the pages with Astro into a staging folder, while worker threads draw the brochures.
 * 4. Index the built pages for search (Pagefind writes pagefind/ beside them).
 * 5. Copy the brochures in: brochures/<school>.pdf and aanbod.pdf.
 * 6. Publish: swap the staging folder in as the output.
 * Returns true when the site was published.
 */
export async function buildSite(options: BuildOptions): Promise<boolean> {
  const { root, contentDir, outDir, reporter, phases = new PhaseLog() } = options;
  phases.start('content');
  const checked = checkContent(contentDir, reporter);
  phases.end('content');
  if (!checked) return false;

  const staging = createStaging(outDir);
  try {
    process.env.CONTENT_DIR = contentDir;
    const brochureCache = options.cacheDir ?? path.join(root, 'node_modules', '.cache', 'aanbodgids');
    const brochures =
      options.brochures === false
        ? undefined
        : phases.time('brochures', () => makeBrochures({ catalogue: checked.catalogue, interventions: checked.content.interventions, contentDir, cacheDir: brochureCache, reporter }));
    brochures?.catch(() => {}); // awaited below; this only keeps an early Astro failure from also reporting it as unhandled
    await withProjectLock(
      root,
      () => {
        phases.start('astroSync');
        const cacheDir = astroCacheDirFor(options.cacheDir, root, contentDir);
        return astroBuild({ root, outDir: staging.dir, cacheDir, logLevel: 'warn', integrations: [astroPhaseMarks(phases)] });
      },
      () => reporter.info('Waiting for another build of this project to finish...'),
    );
    await phases.time('search', () => writeSearchIndex(staging.dir));
    const made = await brochures;
    phases.start('publish');
    if (made) {
      publishBrochures(made, staging.dir);
      reporter.info(`Brochures: ${made.drawn} drawn, ${made.reused} unchanged from the cache`);
    }
    staging.publish();
    phases.end('publish');
    reporter.info(`Built ${checked.catalogue.interventions.length} interventions, ${checked.catalogue.schools.length} schools into ${path.relative(root, outDir) || outDir}`);
    return true;
  } catch (error) {
    staging.discard();
    throw error;
  }
}
