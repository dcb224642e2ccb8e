/**
 * A build stopped halfway (Ctrl-C in a terminal, a cancelled CI job) ends with a non-zero status,
 * removes its staging folder and lets go of the project lock; the previous build stays exactly
 * as it was. A real build of the small test catalogue, stopped as soon as its staging folder exists.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { snapshot } from '../support/folder-snapshot.ts';
import { builtSite, minimalContent } from '../support/fixture-sites.ts';
import { projectRoot, startBuild, testBuildsDir } from '../support/run-build.ts';

const stagingParent = path.join(testBuildsDir, '.build-staging');
const lockFile = path.join(projectRoot, '.astro', 'build.lock');

/** This build's staging folders: `<out dir name>-<pid>-<time>`, and `-previous` while swapping. */
const stagingOf = (outDir: string, pid: number) =>
  existsSync(stagingParent) ? readdirSync(stagingParent).filter((name) => name.startsWith(`${path.basename(outDir)}-${pid}-`)) : [];

/** The pid in the project lock, if any (a build starting elsewhere may be writing it just now). */
function lockHolder(): number | undefined {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')).pid;
  } catch {
    return undefined;
  }
}

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test.each(['SIGINT', 'SIGTERM'] as const)('a build stopped by %s exits non-zero, leaves no staging folder and the previous build intact', async (signal) => {
  const outDir = path.join(testBuildsDir, `interrupted-${signal}`);
  outDirs.push(outDir, `${outDir}-reports`);
  cpSync(await builtSite('minimal'), outDir, { recursive: true });
  const before = snapshot(outDir);

  const { child, done } = startBuild({ contentDir: minimalContent, outDir, env: { BASE_PATH: '/npo-aanbod/' } });
  const pid = child.pid!;
  let ended = false;
  void done.then(() => (ended = true));
  // Astro writes the pages into the staging folder; stop the build once that folder exists.
  await expect.poll(() => ended || stagingOf(outDir, pid).length > 0, { timeout: 180_000, interval: 10 }).toBe(true);
  child.kill(signal);
  const run = await done;

  expect(run.exitCode, run.output).not.toBe(0);
  expect(stagingOf(outDir, pid)).toEqual([]);
  expect(snapshot(outDir)).toEqual(before);
  // The project lock is released, so the next build does not wait for a build that is gone.
  expect(lockHolder()).not.toBe(pid);
}, 240_000);
