/** `npx astro build` runs the same integration as `npm run build`, so both publish the same site. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { projectRoot, runBuild, testBuildsDir, type BuildRun } from '../support/run-build.ts';
import { builtSite } from '../support/fixture-sites.ts';

const astroOut = path.join(testBuildsDir, 'astro-cli-demo');

/** Every file of a folder with the hash of its bytes. */
function hashes(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) files[name.split(path.sep).join('/')] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return files;
}

let run: BuildRun;

beforeAll(async () => {
  run = await runBuild({ command: 'astro build', contentDir: path.join(projectRoot, 'content'), outDir: astroOut });
});

afterAll(() => rmSync(astroOut, { recursive: true, force: true }));

test('npx astro build validates, indexes and draws brochures like npm run build', () => {
  expect(run.exitCode, run.output).toBe(0);
  expect(readdirSync(path.join(astroOut, 'pagefind')).length).toBeGreaterThan(0);
  expect(statSync(path.join(astroOut, 'aanbod.pdf')).size).toBeGreaterThan(0);
});

test('npx astro build and npm run build give byte-identical sites for the demo', async () => {
  const fromScript = hashes(await builtSite('demo'));
  const fromAstro = hashes(astroOut);
  expect(Object.keys(fromAstro)).toEqual(Object.keys(fromScript));
  expect(fromAstro).toEqual(fromScript);
});
