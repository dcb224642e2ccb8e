/**
 * A content file far larger than any real one (here 600 MB, past the longest string Node can hold)
 * is not read: the build exits 1 with a Dutch problem naming the file, instead of an English
 * "Invalid string length" or running out of memory.
 */
import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { problemLines } from '../support/build-problems.ts';
import { contentWith } from '../support/content-fixture.ts';
import { runBuild, testBuildsDir, type BuildRun } from '../support/run-build.ts';

let run: BuildRun;
beforeAll(async () => {
  const contentDir = contentWith({});
  const huge = path.join(contentDir, 'schools', 'reus.yaml');
  writeFileSync(huge, 'name: Reus\n');
  // A sparse file: 600 MB as the file system reports it, without writing them.
  truncateSync(huge, 600 * 1024 * 1024);
  run = await runBuild({ contentDir, outDir: path.join(testBuildsDir, 'large-files') });
});

test('a 600 MB school file is refused by name, in Dutch, with exit 1', () => {
  expect(run.exitCode).toBe(1);
  expect(problemLines(run.stderr)).toEqual(['schools/reus.yaml: is groter dan 20 MB en wordt niet gelezen']);
  expect(run.output).not.toMatch(/Invalid string length|ERR_STRING_TOO_LONG|heap/i);
});
