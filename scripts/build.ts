/**
 * `npm run build`: validates the content and builds the site into dist/ (or --out-dir).
 * Exit codes: 0 built, 1 content problems (listed), 2 unexpected failure.
 * For the benchmark: --timings <file> writes the phase durations and peak memory as JSON,
 * --cache-dir <dir> keeps the caches there, --skip-brochures builds pages and search alone.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../src/integration/build-site.ts';
import { contentDirFromEnv } from '../src/integration/content-dir.ts';
import { PhaseLog } from '../src/integration/phase-log.ts';
import { consoleReporter } from '../src/integration/report.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string' },
    timings: { type: 'string' },
    'cache-dir': { type: 'string' },
    'skip-brochures': { type: 'boolean', default: false },
  },
});
const outDir = path.resolve(values['out-dir'] ?? process.env.OUT_DIR ?? path.join(root, 'dist'));
const phases = new PhaseLog();
const cacheDir = values['cache-dir'] && path.resolve(values['cache-dir']);

try {
  const built = await buildSite({ root, contentDir: contentDirFromEnv(), outDir, reporter: consoleReporter, phases, cacheDir, brochures: !values['skip-brochures'] });
  if (values.timings) phases.writeTo(values.timings);
  process.exitCode = built ? 0 : 1;
} catch (error) {
  console.error(`\nThe build failed; dist/ is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG) console.error(error);
  process.exitCode = 2;
}
