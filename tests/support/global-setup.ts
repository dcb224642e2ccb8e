/**
 * Runs once per `npm test`, before any test file, and builds nothing: it gives this run a folder of
 * its own for the test builds (so two runs at once, say `npm run test:unit` beside `npm test`,
 * never share or remove each other's builds) and removes the folders of earlier runs that ended.
 * The fixture sites are built into it by the first test file that reads one (fixture-sites.ts).
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../../scripts/lib/run-build.ts';
import { isRunning } from '../../src/integration/process-running.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testBuildsDir: string;
  }
}

const allRunsDir = path.join(projectRoot, '.cache', 'test-builds');

export default function setup(project: TestProject): void {
  mkdirSync(allRunsDir, { recursive: true });
  for (const name of readdirSync(allRunsDir)) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (!pid || !isRunning(pid)) rmSync(path.join(allRunsDir, name), { recursive: true, force: true });
  }
  const runDir = path.join(allRunsDir, `run-${process.pid}`);
  mkdirSync(runDir);
  project.provide('testBuildsDir', runDir);
}
