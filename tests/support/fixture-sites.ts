/**
 * The shared fixture sites, built with the real build command when a test file first asks for one
 * and shared by every test file that reads it: the demo catalogue in content/, the small test
 * catalogue (published under a sub-path) in tests/fixtures/minimal, and content that tries to run
 * code or publish the team's notes (tests/fixtures/hostile). A run of tests that reads no built
 * site builds nothing.
 *
 * Test files run in several worker processes, so the first one to ask claims the build (creating a
 * folder is atomic) and the others wait for its result. Every run has a folder of builds of its own
 * (global-setup.ts), so every `npm test` builds each fixture afresh.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot, runBuild, testBuildsDir } from './run-build.ts';

/** The small test catalogue; tests that need broken content change a copy of it (content-fixture.ts). */
export const minimalContent = path.join(projectRoot, 'tests/fixtures/minimal');
/** Content that tries to run code, inject script or publish internal fields. */
export const hostileContent = path.join(projectRoot, 'tests/fixtures/hostile');

const FIXTURES = {
  demo: { contentDir: path.join(projectRoot, 'content'), env: {} },
  minimal: { contentDir: minimalContent, env: { BASE_PATH: '/npo-aanbod/' } },
  hostile: { contentDir: hostileContent, env: {} },
} satisfies Record<string, { contentDir: string; env: Record<string, string> }>;

export type FixtureSite = keyof typeof FIXTURES;

/** Long enough for a build on a busy 2-core machine; a build that takes longer is stuck. */
export const BUILD_WAIT_MS = 600_000;

/** The folder of a built fixture site, built by the first test file of the run that asks for it. */
export async function builtSite(name: FixtureSite): Promise<string> {
  const outDir = path.join(testBuildsDir, name);
  const result = { built: `${outDir}.built`, failed: `${outDir}.failed` };
  if (claim(`${outDir}.claimed`)) {
    const run = await runBuild({ outDir, ...FIXTURES[name] });
    writeFileSync(run.exitCode === 0 ? result.built : result.failed, run.output);
  }
  const waitUntil = Date.now() + BUILD_WAIT_MS;
  while (!existsSync(result.built)) {
    if (existsSync(result.failed)) throw new Error(`Building the ${name} fixture failed:\n${readFileSync(result.failed, 'utf8')}`);
    if (Date.now() > waitUntil) throw new Error(`The ${name} fixture was not built within ${BUILD_WAIT_MS / 1000} s`);
    await sleep(200);
  }
  return outDir;
}

/** Where a fixture site is published: `/`, or the BASE_PATH it is built with. */
export function basePathOf(name: FixtureSite): string {
  const env: Record<string, string> = FIXTURES[name].env;
  return env.BASE_PATH ?? '/';
}

/** True for the one caller that creates the folder; everyone after it finds it there. */
function claim(folder: string): boolean {
  mkdirSync(path.dirname(folder), { recursive: true });
  try {
    mkdirSync(folder);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
