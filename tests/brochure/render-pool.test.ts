/** A brochure worker that stops without an error event fails the run with a clear message instead of hanging it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { prepareBrochureFonts } from '../../src/integration/brochures/brochure-fonts.ts';
import { brochureJobs } from '../../src/integration/brochures/brochure-jobs.ts';
import { renderInPool } from '../../src/integration/brochures/render-pool.ts';
import { projectRoot } from '../support/run-build.ts';
import { fixtureContent, fontCache } from './render-in-process.ts';

const content = fixtureContent(path.join(projectRoot, 'tests/fixtures/minimal'));
const cacheDir = mkdtempSync(path.join(tmpdir(), 'brochure-pool-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

async function runWithWorkerThatExits(exitCode: number): Promise<unknown> {
  const fonts = await prepareBrochureFonts(fontCache);
  const options = { content, fonts, cacheDir, hashes: { renderer: 'r', fonts: 'f', logo: 'none' }, date: '2026-01-01T00:00:00.000Z', workers: 2 };
  const workerScript = new URL('./workers/exits-on-first-job.ts', import.meta.url);
  // A worker thread starts with a copy of this thread's environment.
  process.env.EXIT_CODE = String(exitCode);
  try {
    return await renderInPool(brochureJobs(content), { ...options, workerScript });
  } finally {
    delete process.env.EXIT_CODE;
  }
}

describe('a brochure worker that stops', () => {
  test('with a failure exit code fails the run, naming the brochure it was drawing', async () => {
    await expect(runWithWorkerThatExits(1)).rejects.toThrow(/A brochure worker stopped unexpectedly \(exit code 1\) while drawing (aanbod\.pdf|brochures\/[a-z-]+\.pdf); the brochures were not made/);
  });

  test('even with exit code 0, while it still had a brochure to draw, fails the run', async () => {
    await expect(runWithWorkerThatExits(0)).rejects.toThrow(/stopped unexpectedly \(exit code 0\)/);
  });
});
