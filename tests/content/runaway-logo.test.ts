/**
 * An SVG logo built to stall whoever draws it is refused before anything is built: a `<use>` bomb
 * (1.8 KB that expands to a billion shapes, which hangs every visitor's browser) and a logo of
 * 1 by 100,000 units (which would be drawn as 600 by 60,000,000 pixels). The build exits 1 with a
 * Dutch problem naming site.yaml's logo.file, in bounded time and memory, and publishes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { problemLines } from '../support/build-problems.ts';
import { contentWith, problemsWith } from '../support/content-fixture.ts';
import { minimalContent } from '../support/fixture-sites.ts';
import { runBuild, testBuildsDir, type BuildRun } from '../support/run-build.ts';

/** Ten levels, each ten copies of the one below: 10^9 rectangles once every `<use>` is followed. */
function useBomb(): string {
  let levels = '<rect id="a0" width="1" height="1"/>';
  for (let level = 1; level < 10; level++) levels += `<g id="a${level}">${`<use href="#a${level - 1}"/>`.repeat(10)}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><defs>${levels}</defs><use href="#a9"/></svg>`;
}
const needle = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 100000" width="1" height="100000"><rect width="1" height="100000"/></svg>';

const siteWithLogo = () => `${readFileSync(path.join(minimalContent, 'site.yaml'), 'utf8')}\nlogo:\n  file: logo.svg\n  alt: Logo\n`;
const withLogo = (svg: string) => ({ 'site.yaml': siteWithLogo(), 'logo.svg': svg });

const outDir = path.join(testBuildsDir, 'runaway-logo');
let run: BuildRun;
beforeAll(async () => {
  run = await runBuild({ contentDir: contentWith(withLogo(useBomb())), outDir });
});

test('a build with a <use> bomb as its logo exits 1 naming logo.file, once, and publishes nothing', () => {
  expect(run.exitCode).toBe(1);
  expect(problemLines(run.stderr)).toEqual([
    "site.yaml: logo.file \"logo.svg\" is een SVG die zichzelf steeds opnieuw herhaalt (meer dan 10000 onderdelen als alle <use>-verwijzingen zijn uitgevouwen); zo'n logo laat de browser van elke bezoeker vastlopen",
  ]);
  expect(run.output).not.toMatch(/nodes limit|warning/i);
  expect(existsSync(path.join(outDir, 'logo', 'logo.svg'))).toBe(false);
});

test('a logo of 1 by 100,000 units is refused as a drawing with an impossible size', () => {
  expect(problemsWith(withLogo(needle))).toEqual([
    expect.stringMatching(/^site\.yaml: logo\.file "logo\.svg" is een SVG die niet te tekenen is/),
  ]);
});

test('a logo that uses its own parts a few times is no bomb', () => {
  const badge = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"><defs><rect id="blok" width="8" height="8"/></defs><use href="#blok"/><use href="#blok" x="10"/><use href="#blok" x="20"/></svg>';
  expect(problemsWith(withLogo(badge))).toEqual([]);
});
