/**
 * The whole build, as numbered steps. Each step that can fail does so before anything is
 * published, so `dist/` only ever holds a complete build.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { validateCatalogue } from '../core/validate/validate-catalogue.ts';
import type { Catalogue } from '../core/catalogue.ts';
import { makeBrochures, publishBrochures } from './brochures/build-brochures.ts';
import { readContent, type ReadContent } from './read-content.ts';
import { reportProblems, reportWarnings, type Reporter } from './report.ts';
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
    reportProblems(result.problems, reporter);
    return undefined;
  }
  reportWarnings(result.warnings, reporter);
  return { catalogue: result.catalogue, content };
}

/** Astro's cache per content folder, so builds of different folders never share content state. */
function cacheDirFor(root: string, contentDir: string): string {
  const key = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules', '.astro', `content-${key}`);
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
  const { root, contentDir, outDir, reporter } = options;
  const checked = checkContent(contentDir, reporter);
  if (!checked) return false;

  const staging = createStaging(outDir);
  try {
    process.env.CONTENT_DIR = contentDir;
    const brochureCache = path.join(root, 'node_modules', '.cache', 'aanbodgids');
    const brochures = makeBrochures({ catalogue: checked.catalogue, interventions: checked.content.interventions, contentDir, cacheDir: brochureCache, reporter });
    brochures.catch(() => {}); // awaited below; this only keeps an early Astro failure from also reporting it as unhandled
    await withProjectLock(
      root,
      () => astroBuild({ root, outDir: staging.dir, cacheDir: cacheDirFor(root, contentDir), logLevel: 'warn' }),
      () => reporter.info('Waiting for another build of this project to finish...'),
    );
    await writeSearchIndex(staging.dir);
    const made = await brochures;
    publishBrochures(made, staging.dir);
    reporter.info(`Brochures: ${made.drawn} drawn, ${made.reused} unchanged from the cache`);
    staging.publish();
    reporter.info(`Built ${checked.catalogue.interventions.length} interventions, ${checked.catalogue.schools.length} schools into ${path.relative(root, outDir) || outDir}`);
    return true;
  } catch (error) {
    staging.discard();
    throw error;
  }
}
