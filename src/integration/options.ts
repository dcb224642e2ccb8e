/**
 * The integration's settings: given to aanbodgids() in astro.config.mjs, or set in the
 * environment by `npm run build` (scripts/build.ts) so `npx astro build` reads the same ones.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { CSV_DIALECTS, type CsvDialect } from '../core/reports/csv.ts';
import { contentDirFromEnv } from './content-dir.ts';

export interface AanbodgidsOptions {
  /** The content folder; default CONTENT_DIR, else content/. */
  contentDir?: string;
  /** Where the caches live (Astro's content layer per content folder, the brochures); default AANBODGIDS_CACHE_DIR, else node_modules/. */
  cacheDir?: string;
  /** False skips the brochures (the benchmark's "pages and search alone"); default unless AANBODGIDS_SKIP_BROCHURES=1. */
  brochures?: boolean;
  /** Writes the build's phase timings and peak memory as JSON to this file; default AANBODGIDS_TIMINGS. */
  timingsFile?: string;
  /** Over budget and over capacity fail the build; default AANBODGIDS_STRICT=1, or site.yaml `strict: true`. */
  strict?: boolean;
  /** Where the project team's reports go; default AANBODGIDS_REPORTS_DIR, else reports/ in the project folder. */
  reportsDir?: string;
  /** `excel-nl` (default: BOM, `;`, decimal comma) or `rfc4180` for every CSV the build writes; default AANBODGIDS_CSV. */
  csv?: CsvDialect;
}

export interface ResolvedOptions {
  contentDir: string;
  /** The brochure cache. */
  brochureCacheDir: string;
  /** Astro's cache, one per content folder, so builds of different folders never share content state. */
  astroCacheDir: string;
  brochures: boolean;
  timingsFile: string | undefined;
  strict: boolean;
  reportsDir: string;
  csv: CsvDialect;
}

/** The environment variables scripts/build.ts sets from its flags. */
export const OPTION_ENV = {
  cacheDir: 'AANBODGIDS_CACHE_DIR',
  skipBrochures: 'AANBODGIDS_SKIP_BROCHURES',
  timingsFile: 'AANBODGIDS_TIMINGS',
  strict: 'AANBODGIDS_STRICT',
  reportsDir: 'AANBODGIDS_REPORTS_DIR',
  csv: 'AANBODGIDS_CSV',
} as const;

/** A CSV dialect by name; anything else is a mistake worth stopping for. */
export function csvDialect(name: string | undefined): CsvDialect {
  if (name === undefined) return 'excel-nl';
  if ((CSV_DIALECTS as readonly string[]).includes(name)) return name as CsvDialect;
  throw new Error(`Unknown CSV form "${name}": use ${CSV_DIALECTS.join(' or ')}.`);
}

export function resolveOptions(options: AanbodgidsOptions, root: string, env: NodeJS.ProcessEnv = process.env): ResolvedOptions {
  const fromEnv = (name: string) => env[name] || undefined;
  const cacheDir = options.cacheDir ?? fromEnv(OPTION_ENV.cacheDir);
  const timingsFile = options.timingsFile ?? fromEnv(OPTION_ENV.timingsFile);
  const contentDir = options.contentDir ? path.resolve(root, options.contentDir) : contentDirFromEnv(env, root);
  const contentKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
  return {
    contentDir,
    brochureCacheDir: cacheDir ? path.resolve(cacheDir) : path.join(root, 'node_modules', '.cache', 'aanbodgids'),
    astroCacheDir: path.join(cacheDir ? path.resolve(cacheDir) : path.join(root, 'node_modules', '.astro'), `content-${contentKey}`),
    brochures: options.brochures ?? fromEnv(OPTION_ENV.skipBrochures) !== '1',
    timingsFile: timingsFile && path.resolve(timingsFile),
    strict: options.strict ?? fromEnv(OPTION_ENV.strict) === '1',
    reportsDir: path.resolve(root, options.reportsDir ?? fromEnv(OPTION_ENV.reportsDir) ?? 'reports'),
    csv: options.csv ?? csvDialect(fromEnv(OPTION_ENV.csv)),
  };
}
