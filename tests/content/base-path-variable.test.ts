/**
 * BASE_PATH in the environment follows site.yaml's basePath rule: a value that would point the
 * site at another host (`//host/x/`), at an empty segment or above itself stops the build like a
 * content problem, named with the variable and its value, and the previous build stays.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { BUILD_MARKER } from '../../src/integration/out-dir-guard.ts';
import { contentWith } from '../support/content-fixture.ts';
import { minimalContent } from '../support/fixture-sites.ts';
import { snapshot } from '../support/folder-snapshot.ts';
import { runBuild, testBuildsDir, type BuildRun } from '../support/run-build.ts';

const VALUES = ['//host/x/', '/a//b/', '/../'];
const outDir = (value: string) => path.join(testBuildsDir, `base-path-${VALUES.indexOf(value)}`);

const runs = new Map<string, BuildRun>();
const before = new Map<string, Record<string, string>>();
let brokenContent: string;

beforeAll(async () => {
  brokenContent = contentWith({ 'schools/kleine-beer.yaml': 'name: Kindcentrum Kleine Beer\ntype: po\npupils: 40\nbudgte: 750\n' });
  for (const value of VALUES) {
    mkdirSync(outDir(value), { recursive: true });
    writeFileSync(path.join(outDir(value), BUILD_MARKER), '');
    writeFileSync(path.join(outDir(value), 'index.html'), '<p>the previous build</p>');
    before.set(value, snapshot(outDir(value)));
  }
  // The first one also has a content problem: both are listed in the one run.
  await Promise.all(
    VALUES.map(async (value, index) => {
      const contentDir = index === 0 ? brokenContent : minimalContent;
      runs.set(value, await runBuild({ contentDir, outDir: outDir(value), env: { BASE_PATH: value } }));
    }),
  );
}, 300_000);

test.each(VALUES)('BASE_PATH=%s stops the build with status 1 and a Dutch message naming BASE_PATH and the value', (value) => {
  const run = runs.get(value)!;
  expect(run.exitCode).toBe(1);
  expect(run.output).toContain(`✗ BASE_PATH: ${JSON.stringify(value)} is geen geldig pad`);
  expect(run.output).toContain('Verbeter de omgevingsvariabele BASE_PATH');
  expect(run.output).not.toMatch(/\n\s+at /);
});

test('a bad BASE_PATH is listed with the content problems of the same run', () => {
  const { output } = runs.get(VALUES[0]!)!;
  expect(output).toContain('BASE_PATH: "//host/x/"');
  expect(output).toMatch(/schools\/kleine-beer\.yaml: .*budgte/);
});

test.each(VALUES)('after BASE_PATH=%s the previous build is left exactly as it was', (value) => {
  expect(snapshot(outDir(value))).toEqual(before.get(value));
});
