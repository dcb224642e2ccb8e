/**
 * A folder with only site.yaml, where a team starts (and where an import starts): the build makes
 * an empty site that says so in Dutch, on / and /aanbod/, without a search form that could find
 * nothing, and with the search index in place for the pages that link to it.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readPage } from '../support/built-site.ts';
import { minimalContent } from '../support/fixture-sites.ts';
import { runBuild, testBuildsDir, type BuildRun } from '../support/run-build.ts';

const contentDir = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-empty-'));
const outDir = path.join(testBuildsDir, 'empty-catalogue');
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

let run: BuildRun;
beforeAll(async () => {
  copyFileSync(path.join(minimalContent, 'site.yaml'), path.join(contentDir, 'site.yaml'));
  run = await runBuild({ contentDir, outDir });
});

test('a catalogue with only site.yaml builds, exit 0, without an internal error', () => {
  expect(run.exitCode, run.output).toBe(0);
  expect(run.output).not.toMatch(/ENOENT|pagefind\/fragment/);
  expect(run.stdout).toContain('0 interventies en 0 scholen gebouwd');
});

test('the home page and /aanbod/ say in Dutch that there is no offer yet', () => {
  for (const page of ['/', '/aanbod/']) {
    expect(readPage(outDir, page).text('[data-empty-catalogue]')).toContain('Er staat nog geen aanbod in deze catalogus.');
  }
});

test('/aanbod/ shows no search form and no empty domain sections; the search index is written all the same', () => {
  const catalogue = readPage(outDir, '/aanbod/');
  expect(catalogue.document.querySelector('[data-search]')).toBeNull();
  expect(catalogue.document.querySelectorAll('.domain-section')).toHaveLength(0);
  expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  expect(existsSync(path.join(outDir, 'pagefind', 'search-facets.json.gz'))).toBe(true);
});
