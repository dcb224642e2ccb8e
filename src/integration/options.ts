/**
 * The build's settings, in one place. Three sources are merged, then validated once (Pagefind's
 * model): what aanbodgids() is given in astro.config.mjs wins over the environment, which wins
 * over the defaults. `npm run build` turns its flags into the environment (BUILD_FLAGS), so
 * `npx astro build` with the same environment builds the same site. ARCHITECTURE.md lists them.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'astro/zod';
import { CSV_DIALECTS, type CsvDialect } from '../core/reports/csv.ts';
import { buildTimeOf, type BuildTime } from './build-time.ts';

const EPOCH_ERROR = 'is no whole number of seconds since 1970';
/** The last second a date can be written with four digits for the year (9999-12-31T23:59:59Z). */
const LAST_EPOCH = 253_402_300_799;

/** Every setting aanbodgids() accepts; each one can also come from the environment variable named. */
export const optionsSchema = z.strictObject({
  /** The content folder (CONTENT_DIR); default content/. */
  contentDir: z.string().min(1).optional(),
  /** The folder the site is built into (OUT_DIR); default Astro's outDir, dist/. */
  outDir: z.string().min(1).optional(),
  /** Where the caches live (AANBODGIDS_CACHE_DIR): Astro's content layer per content folder, the brochures; default node_modules/. */
  cacheDir: z.string().min(1).optional(),
  /** False skips the brochures, the benchmark's "pages and search alone" (AANBODGIDS_SKIP_BROCHURES=1). */
  brochures: z.boolean().default(true),
  /** Writes the build's phase timings and peak memory as JSON to this file (AANBODGIDS_TIMINGS). */
  timingsFile: z.string().min(1).optional(),
  /** Over budget and over capacity fail the build (AANBODGIDS_STRICT=1), as site.yaml `strict: true` does. */
  strict: z.boolean().default(false),
  /** Where the project team's reports go (AANBODGIDS_REPORTS_DIR); default reports/ in the project folder. */
  reportsDir: z.string().min(1).default('reports'),
  /** The form of every CSV the build writes (AANBODGIDS_CSV): `excel-nl` (BOM, `;`, decimal comma) or `rfc4180`. */
  csv: z.enum(CSV_DIALECTS, { error: (issue) => `"${String(issue.input)}" is no CSV form: use ${CSV_DIALECTS.join(' or ')}` }).default('excel-nl'),
  /** False indexes the pages without their added search words (AANBODGIDS_SEARCH_WORDS=off; npm run search-quality compares both). */
  searchWords: z.boolean().default(true),
  /** Appends every content file read to this file (AANBODGIDS_READ_LOG), so a test can see each is read once. */
  readLog: z.string().min(1).optional(),
  /** The base path the site is published under (BASE_PATH); wins over site.yaml's basePath, and follows its rule. */
  basePath: z.string().min(1).optional(),
  /** The build's moment in seconds since 1970 (SOURCE_DATE_EPOCH, the reproducible-builds convention); default now. */
  sourceDateEpoch: z.number({ error: EPOCH_ERROR }).int({ error: EPOCH_ERROR }).min(0, { error: EPOCH_ERROR }).max(LAST_EPOCH, { error: EPOCH_ERROR }).optional(),
});

export type AanbodgidsOptions = z.input<typeof optionsSchema>;

interface OptionSource {
  /** The environment variable that sets the option. */
  env: string;
  /** The `npm run build` flag that sets the variable: a path (made absolute), a text, or a switch (`1`). */
  flag?: { name: string; value: 'path' | 'text' | 'switch' };
}

/** Where each option comes from besides aanbodgids(): its environment variable, and the flag that sets it. */
export const OPTION_SOURCES = {
  contentDir: { env: 'CONTENT_DIR', flag: { name: 'content', value: 'path' } },
  outDir: { env: 'OUT_DIR', flag: { name: 'out-dir', value: 'path' } },
  cacheDir: { env: 'AANBODGIDS_CACHE_DIR', flag: { name: 'cache-dir', value: 'path' } },
  brochures: { env: 'AANBODGIDS_SKIP_BROCHURES', flag: { name: 'skip-brochures', value: 'switch' } },
  timingsFile: { env: 'AANBODGIDS_TIMINGS', flag: { name: 'timings', value: 'path' } },
  strict: { env: 'AANBODGIDS_STRICT', flag: { name: 'strict', value: 'switch' } },
  reportsDir: { env: 'AANBODGIDS_REPORTS_DIR', flag: { name: 'reports-dir', value: 'path' } },
  csv: { env: 'AANBODGIDS_CSV', flag: { name: 'csv', value: 'text' } },
  searchWords: { env: 'AANBODGIDS_SEARCH_WORDS' },
  readLog: { env: 'AANBODGIDS_READ_LOG' },
  basePath: { env: 'BASE_PATH' },
  sourceDateEpoch: { env: 'SOURCE_DATE_EPOCH' },
} as const satisfies Record<keyof AanbodgidsOptions, OptionSource>;

/** The options as the environment gives them: text turned into the option's type, unset or empty left out. */
function fromEnvironment(env: NodeJS.ProcessEnv): Partial<Record<keyof AanbodgidsOptions, unknown>> {
  const text = (name: keyof AanbodgidsOptions) => env[OPTION_SOURCES[name].env] || undefined;
  const flag = (name: keyof AanbodgidsOptions, on: string) => (text(name) === undefined ? undefined : text(name) === on);
  const skipBrochures = flag('brochures', '1');
  const searchWordsOff = flag('searchWords', 'off');
  const epoch = text('sourceDateEpoch');
  return {
    contentDir: text('contentDir'),
    outDir: text('outDir'),
    cacheDir: text('cacheDir'),
    brochures: skipBrochures === undefined ? undefined : !skipBrochures,
    timingsFile: text('timingsFile'),
    strict: flag('strict', '1'),
    reportsDir: text('reportsDir'),
    csv: text('csv'),
    searchWords: searchWordsOff === undefined ? undefined : !searchWordsOff,
    readLog: text('readLog'),
    basePath: text('basePath'),
    sourceDateEpoch: epoch === undefined ? undefined : Number.isFinite(Number(epoch)) ? Number(epoch) : epoch,
  };
}

export interface ResolvedOptions {
  contentDir: string;
  /** The folder the user asked the site to be built into, if not Astro's own outDir. */
  outDir: string | undefined;
  /** The brochure cache. */
  brochureCacheDir: string;
  /** Astro's cache, one per content folder, so builds of different folders never share content state. */
  astroCacheDir: string;
  brochures: boolean;
  timingsFile: string | undefined;
  strict: boolean;
  reportsDir: string;
  csv: CsvDialect;
  searchWords: boolean;
  readLog: string | undefined;
  basePath: string | undefined;
  /** The build's date, resolved once here and passed on. */
  time: BuildTime;
}

/** A setting that does not validate, named with the variable that sets it. */
class OptionsError extends Error {
  override name = 'OptionsError';
}

function validated(merged: Record<string, unknown>): z.output<typeof optionsSchema> {
  const result = optionsSchema.safeParse(merged);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    const variable = name in OPTION_SOURCES ? ` (${OPTION_SOURCES[name as keyof AanbodgidsOptions].env})` : '';
    return `- ${name || 'aanbodgids()'}${variable}: ${issue.message}`;
  });
  throw new OptionsError(`aanbodgids: these settings are not valid. Correct them in aanbodgids({ ... }) in astro.config.mjs, in the environment, or in the npm run build flags:\n${lines.join('\n')}`);
}

const withoutUndefined = (values: object) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));

/** Merges the sources (options over environment over defaults), validates once, and resolves folders against the project root. */
export function resolveOptions(options: AanbodgidsOptions, root: string, env: NodeJS.ProcessEnv = process.env, now = new Date()): ResolvedOptions {
  const settings = validated({ ...withoutUndefined(fromEnvironment(env)), ...withoutUndefined(options) });
  const contentDir = path.resolve(root, settings.contentDir ?? 'content');
  const contentKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
  const cacheDir = settings.cacheDir && path.resolve(settings.cacheDir);
  return {
    ...settings,
    contentDir,
    outDir: settings.outDir && path.resolve(root, settings.outDir),
    brochureCacheDir: cacheDir ?? path.join(root, 'node_modules', '.cache', 'aanbodgids'),
    astroCacheDir: path.join(cacheDir ?? path.join(root, 'node_modules', '.astro'), `content-${contentKey}`),
    timingsFile: settings.timingsFile && path.resolve(settings.timingsFile),
    reportsDir: path.resolve(root, settings.reportsDir),
    readLog: settings.readLog,
    basePath: settings.basePath,
    time: buildTimeOf(settings.sourceDateEpoch, now),
  };
}

/** A CSV dialect by name (a script's --csv), validated as the build's option is. */
export const csvDialect = (name: string | undefined): CsvDialect => validated({ csv: name }).csv;

/** For scripts and tests: the build's date as the environment gives it (SOURCE_DATE_EPOCH, else now). */
export const environmentTime = (env: NodeJS.ProcessEnv = process.env): BuildTime => resolveOptions({}, process.cwd(), env).time;
