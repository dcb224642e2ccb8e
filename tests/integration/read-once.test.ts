/**
 * The content folder is read and parsed once per build, by the validator, and Astro publishes
 * exactly what it accepted: the cases where a second reader used to disagree.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readPage } from '../support/built-site.ts';
import { contentWith } from '../support/content-fixture.ts';
import { runBuild, testBuildsDir, type BuildRun } from '../support/run-build.ts';

const outDir = path.join(testBuildsDir, 'read-once');
const readLog = path.join(os.tmpdir(), `aanbodgids-read-log-${process.pid}.txt`);
let contentDir: string;
let run: BuildRun;

beforeAll(async () => {
  contentDir = contentWith({
    // A draft beside the entries: skipped by the validator, so never published.
    'schools/_draft.yaml': 'name: Concept School\ntype: po\npupils: 10\n',
    // An upper-case extension: accepted by the validator, so published like any provider.
    'providers/wijkteam.YAML': 'name: Wijkteam Noord\nemail: info@wijkteam.example.nl\n',
    // Unquoted, this looks like a date to other YAML dialects; the contract says it is text.
    'schools/kleine-beer.yaml': 'name: Kindcentrum Kleine Beer\ntype: po\npupils: 40\nbudget: 750\nchoices:\n  - intervention: leesclub\n    note: 2025-10-01\n',
  });
  run = await runBuild({ contentDir, outDir, env: { AANBODGIDS_READ_LOG: readLog } });
});

afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(readLog, { force: true });
});

test('the content folder is read exactly once per build: each entry file once, drafts never', () => {
  expect(run.exitCode, run.output).toBe(0);
  const reads = readFileSync(readLog, 'utf8').trim().split('\n').map((file) => path.relative(contentDir, file));
  const entryFiles = (readdirSync(contentDir, { recursive: true }) as string[])
    .filter((name) => /\.(ya?ml|mdx?)$/i.test(name) && !path.basename(name).startsWith('_'))
    .sort();
  expect([...reads].sort()).toEqual(entryFiles);
});

test('a draft school (_draft.yaml) is not published', () => {
  expect(() => readPage(outDir, '/scholen/_draft/')).toThrow(/No page/);
  expect(readPage(outDir, '/scholen/').html).not.toContain('Concept School');
});

test('a provider in a .YAML file is published like the validator accepted it', () => {
  expect(readPage(outDir, '/aanbieders/wijkteam/').text('h1')).toBe('Wijkteam Noord');
});

test('a note that looks like a date builds and shows as the text written', () => {
  expect(readPage(outDir, '/scholen/kleine-beer/').html).toContain('(2025-10-01)');
});
