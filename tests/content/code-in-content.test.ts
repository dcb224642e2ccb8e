/**
 * Content that tries to run code at build time: a real build refuses it before anything is
 * compiled. Every case is a problem with its file and line, the build exits 1, and the code never
 * ran (its marker file does not exist, the build machine's environment is printed nowhere).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentWith, leesclub } from '../support/content-fixture.ts';
import { runBuild, testBuildsDir, type BuildRun } from '../support/run-build.ts';
import { problemLines } from '../support/build-problems.ts';

const markerDir = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-marker-'));
const marker = path.join(markerDir, 'code-ran');
afterAll(() => rmSync(markerDir, { recursive: true, force: true }));

let run: BuildRun;

beforeAll(async () => {
  const contentDir = contentWith({
    'interventions/leesclub.mdx': [
      leesclub({}),
      "import cp from 'node:child_process'",
      `export const ran = cp.execSync('touch ${marker} && id').toString()`,
      '',
      'Uitvoer: {ran}',
      '',
      'Thuismap: {process.env.HOME}',
      '',
    ].join('\n'),
    'interventions/zwemles-vo.mdx': [
      leesclub({ title: 'Zwemles' }),
      '<script>alert(1)</script>',
      '',
      '<img src="x" onerror="alert(1)" />',
      '',
      '<Kader titel={globalThis.process.exit(3)}>Tekst</Kader>',
      '',
      '<Video src="javascript:alert(1)" titel="Film" />',
      '',
    ].join('\n'),
  });
  run = await runBuild({ contentDir, outDir: path.join(testBuildsDir, 'code-in-content') });
});

test('a build of content with code exits 1 without running it', () => {
  expect(run.exitCode).toBe(1);
  expect(existsSync(marker)).toBe(false);
  expect(run.output).not.toMatch(/uid=\d+/);
  expect(run.output).not.toContain(`Thuismap: ${os.homedir()}`);
});

test('every piece of code and every foreign element is listed with its file and line', () => {
  const lines = problemLines(run.stderr);
  expect(lines).toEqual([
    'interventions/leesclub.mdx:12: bevat code (import of export); een beschrijving is tekst en mag geen code uitvoeren',
    'interventions/leesclub.mdx:15: bevat code tussen { }; een beschrijving is tekst en mag geen code uitvoeren',
    'interventions/leesclub.mdx:17: bevat code tussen { }; een beschrijving is tekst en mag geen code uitvoeren',
    'interventions/zwemles-vo.mdx:12: gebruikt het onderdeel <script>, dat aanbodgids niet kent',
    'interventions/zwemles-vo.mdx:14: gebruikt het onderdeel <img>, dat aanbodgids niet kent',
    'interventions/zwemles-vo.mdx:16: geeft <Kader> een eigenschap "titel" die niet bestaat of geen tekst tussen aanhalingstekens is',
    'interventions/zwemles-vo.mdx:18: geeft <Video> bij "src" geen webadres',
  ]);
  expect(run.stderr).toContain('Toegestaan zijn alleen <Kader>, <Citaat> en <Video>.');
});
