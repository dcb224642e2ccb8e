/**
 * `npm run build`: `astro build` with the aanbodgids integration, which validates the content and
 * builds the site into dist/. Each flag sets the environment variable of its option (the table in
 * src/integration/options.ts, where every option is validated once), so `npx astro build` with
 * the same environment builds the same site.
 * Exit codes: 0 built, 1 problems (listed by the integration), 2 unexpected failure, 130 and 143
 * stopped by Ctrl-C or SIGTERM (the build's exit handlers remove what it had not published).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { isBuildStopped, unexpectedFailureText } from '../src/integration/build-stopped.ts';
import { OPTION_SOURCES } from '../src/integration/options.ts';

const flags = Object.values(OPTION_SOURCES).flatMap((source) => ('flag' in source ? [{ env: source.env, ...source.flag }] : []));
const { values } = parseArgs({ options: Object.fromEntries(flags.map(({ name, value }) => [name, { type: value === 'switch' ? 'boolean' : 'string' }] as const)) });
for (const { env, name, value } of flags) {
  const given = values[name];
  if (given === undefined || given === false) continue;
  process.env[env] = value === 'path' ? path.resolve(String(given)) : value === 'text' ? String(given) : '1';
}

// The entry point owns the signals: it ends as each one asks, and the exit handlers clean up.
for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => process.exit(status));

try {
  await build({ root: path.resolve(import.meta.dirname, '..'), logLevel: 'warn' });
  process.exitCode = 0;
} catch (error) {
  // Problems are listed already; anything else is unexpected.
  process.exitCode = isBuildStopped(error) ? 1 : 2;
  if (!isBuildStopped(error)) console.error(unexpectedFailureText(error));
  if (process.env.DEBUG) console.error(error);
}
