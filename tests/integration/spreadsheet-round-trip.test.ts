import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { pdfText } from '../brochure/pdf-tools.ts';
import { projectRoot, runBuild, testBuildsDir } from '../support/run-build.ts';
import { runScript } from '../support/run-script.ts';
import { builtSite } from '../support/fixture-sites.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-round-trip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const filesIn = (dir: string, extension: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(extension)).sort();

test('the demo exported, imported into an empty folder and built gives the same pages and brochure text', { timeout: 240_000 }, async () => {
  const demoDist = await builtSite('demo');
  const workbook = path.join(scratch, 'aanbod.xlsx');
  const exported = runScript('export', ['--content', path.join(projectRoot, 'content'), '--out', workbook]);
  expect(exported.exitCode, exported.stderr).toBe(0);

  // The sheets hold interventions, providers, schools and choices; site.yaml and its logo are the team's own files.
  const contentDir = path.join(scratch, 'content');
  mkdirSync(contentDir);
  const entryFolders = ['interventions', 'providers', 'schools'];
  for (const name of readdirSync(path.join(projectRoot, 'content')).filter((name) => !entryFolders.includes(name))) {
    cpSync(path.join(projectRoot, 'content', name), path.join(contentDir, name), { recursive: true });
  }
  expect(readdirSync(contentDir)).toContain('site.yaml');
  const imported = runScript('import', [workbook, '--content', contentDir]);
  expect(imported.exitCode, imported.stderr).toBe(0);

  const outDir = path.join(testBuildsDir, 'round-trip');
  const build = await runBuild({ contentDir, outDir });
  expect(build.exitCode, build.output).toBe(0);

  const pages = filesIn(demoDist, '.html');
  expect(filesIn(outDir, '.html')).toEqual(pages);
  expect(pages.length).toBeGreaterThan(40);
  for (const page of pages) expect(readFileSync(path.join(outDir, page), 'utf8'), page).toBe(readFileSync(path.join(demoDist, page), 'utf8'));
  const brochures = filesIn(demoDist, '.pdf');
  expect(filesIn(outDir, '.pdf')).toEqual(brochures);
  for (const brochure of brochures) expect(pdfText(path.join(outDir, brochure)), brochure).toBe(pdfText(path.join(demoDist, brochure)));
});
