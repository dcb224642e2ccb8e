/** A build of broken content, run as `npm run build` is: every problem at once, exit 1, dist/ untouched. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { contentWith, leesclub } from '../support/content-fixture.ts';
import { snapshot } from '../support/folder-snapshot.ts';
import { runBuild, testBuildsDir, type BuildRun } from '../support/run-build.ts';
import { problemLines } from '../support/build-problems.ts';

const outDir = path.join(testBuildsDir, 'failed-build');

let run: BuildRun;
let contentDir: string;
let before: Record<string, string>;

beforeAll(async () => {
  mkdirSync(path.join(outDir, 'aanbod'), { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), '<p>the previous build</p>');
  writeFileSync(path.join(outDir, 'aanbod', 'index.html'), '<p>previous catalogue</p>');
  before = snapshot(outDir);
  contentDir = contentWith({
    'interventions/leesclub.mdx': leesclub({ domain: 'lezn', offer: 'soms' }),
    'interventions/voorleesuur.md': null,
    'interventions/voorleesuur.mdx': `${leesclub({ provider: 'niemand' })}\n<div>\n`,
    'providers/beweegteam.yaml': 'name: Beweegteam\n\temail: x\n',
    'schools/de-linde.yaml': 'name: De Linde\ntype: po\npupils: -1\n',
    'schools/het-baken.yaml': 'name: Het Baken\ntype: vo\npupils: 10\nchoices:\n  - intervention: gezonde-school\n',
  });
  run = await runBuild({ contentDir, outDir });
});

test('a build of broken content exits with status 1', () => {
  expect(run.exitCode).toBe(1);
});

test('one run reports every problem with file and field', () => {
  const lines = problemLines(run.stderr);
  expect(lines).toEqual([
    'interventions/leesclub.mdx: offer "soms" is geen toegestane waarde',
    'interventions/leesclub.mdx: domain "lezn" is geen domein uit site.yaml; bedoelt u lezen?',
    'interventions/voorleesuur.mdx: provider "niemand" is geen aanbieder',
    'interventions/voorleesuur.mdx:12: bevat een MDX-fout; de MDX-lezer meldt: "Expected a closing tag for `<div>` (12:1) (mdx-jsx:unexpected-character)"',
    'providers/beweegteam.yaml:2: is geen geldige YAML; de YAML-lezer meldt: "Tabs are not allowed as indentation"',
    'schools/de-linde.yaml: pupils -1 moet 0 of meer zijn',
    'schools/het-baken.yaml: choices, keuze 1, intervention "gezonde-school" is vast aanbod; scholen kiezen alleen uit het keuzeaanbod',
  ]);
  expect(run.stderr).toContain(`De inhoud in ${contentDir}/ heeft 7 problemen; er is niets gebouwd en dist/ is niet veranderd.`);
});

test('the report is for people: no stack trace', () => {
  expect(run.output).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
});

test('the previously built site is left exactly as it was', () => {
  expect(snapshot(outDir)).toEqual(before);
});
