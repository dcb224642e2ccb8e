/**
 * Builds the shared fixture sites once per `npm test`, with the real build command, and hands
 * their folders to the test files: the demo catalogue in content/, and the small test catalogue
 * (published under a sub-path, with hostile text) in tests/fixtures/minimal, and content that tries
 * to run code or publish the team's notes (tests/fixtures/hostile).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { hostileContent, projectRoot, runBuild, testBuildsDir } from './run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDist: string;
    minimalDist: string;
    hostileDist: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  rmSync(testBuildsDir, { recursive: true, force: true });
  const fixtures = {
    demoDist: { contentDir: path.join(projectRoot, 'content'), env: {} },
    minimalDist: { contentDir: path.join(projectRoot, 'tests/fixtures/minimal'), env: { BASE_PATH: '/npo-aanbod/' } },
    hostileDist: { contentDir: hostileContent, env: {} },
  };
  // One after the other: Astro keeps per-project state in .astro/ that two builds at once would share.
  for (const [key, { contentDir, env }] of Object.entries(fixtures)) {
    const outDir = path.join(testBuildsDir, key);
    const run = await runBuild({ contentDir, outDir, env });
    if (run.exitCode !== 0) throw new Error(`Building the ${key} fixture failed:\n${run.output}`);
    project.provide(key as 'demoDist' | 'minimalDist' | 'hostileDist', outDir);
  }
}
