/**
 * `npm run build`: `astro build` with the aanbodgids integration, which validates the content and
 * builds the site into dist/ (or --out-dir / OUT_DIR). The flags only set what the integration
 * reads, so `npx astro build` with the same environment builds the same site.
 * Exit codes: 0 built, 1 content problems (listed, by the integration), 2 unexpected failure.
 * --content <dir> (or CONTENT_DIR) names the content folder. For the benchmark: --timings <file>
 * writes the phase durations and peak memory as JSON, --cache-dir <dir> keeps the caches there,
 * --skip-brochures builds pages and search alone. For the project team: --strict makes over budget
 * and over capacity errors, --reports-dir <dir> (else reports/) receives the reports, --csv rfc4180
 * writes every CSV with `,` and a decimal point instead of for Dutch Excel.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { resolveContentDir } from '../src/integration/content-dir.ts';
import { OPTION_ENV } from '../src/integration/options.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string' },
    content: { type: 'string' },
    timings: { type: 'string' },
    'cache-dir': { type: 'string' },
    'skip-brochures': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'reports-dir': { type: 'string' },
    csv: { type: 'string' },
  },
});
const outDir = path.resolve(values['out-dir'] ?? process.env.OUT_DIR ?? path.join(root, 'dist'));
process.env.CONTENT_DIR = resolveContentDir(values.content);
if (values.timings) process.env[OPTION_ENV.timingsFile] = path.resolve(values.timings);
if (values['cache-dir']) process.env[OPTION_ENV.cacheDir] = path.resolve(values['cache-dir']);
if (values['skip-brochures']) process.env[OPTION_ENV.skipBrochures] = '1';
if (values.strict) process.env[OPTION_ENV.strict] = '1';
if (values['reports-dir']) process.env[OPTION_ENV.reportsDir] = path.resolve(values['reports-dir']);
if (values.csv) process.env[OPTION_ENV.csv] = values.csv;

try {
  await build({ root, outDir, logLevel: 'warn' });
  process.exitCode = 0;
} catch (error) {
  console.error(`\nThe build failed; dist/ is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG) console.error(error);
  process.exitCode = 2;
}
