/**
 * Order letters are cached like the brochures, in the same cache under a key over the letter's
 * plan, the renderer's code, the fonts, the logo and the date: an unchanged run draws none of
 * them again, and a changed choice redraws only the letter of that offer's provider.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Catalogue } from '../../src/core/catalogue/catalogue-model.ts';
import { checkContent } from '../../src/integration/check-content.ts';
import { writeOrderLetters } from '../../src/integration/reports/write-order-letters.ts';
import { projectRoot } from '../support/run-build.ts';
import { quietReporter } from './render-in-process.ts';
import { environmentTime } from '../../src/integration/options.ts';

const contentDir = path.join(projectRoot, 'content');
const checked = checkContent(contentDir, quietReporter);
if (!checked) throw new Error('the demo has content problems');
const demo = checked.catalogue;

const work = mkdtempSync(path.join(tmpdir(), 'order-letter-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cacheDir = path.join(work, 'cache');
const reportsDir = path.join(work, 'reports');

const lettersFor = (catalogue: Catalogue) => writeOrderLetters({ reportsDir, catalogue, contentDir, cacheDir, reporter: quietReporter, time: environmentTime() });
/** The PDFs the letters' cache holds. */
const cachedLetters = () => readdirSync(path.join(cacheDir, 'brochures')).filter((name) => name.endsWith('.pdf')).sort();

describe('the order letters cache', () => {
  test('the first run draws every letter, an unchanged second run takes all of them from the cache with the same bytes', async () => {
    const first = await lettersFor(demo);
    expect(first.drawn).toHaveLength(9);
    const bytes = first.files.map((file) => readFileSync(file));
    const second = await lettersFor(demo);
    expect(second.drawn).toEqual([]);
    expect(second.files.map((file) => readFileSync(file))).toEqual(bytes);
    expect(cachedLetters()).toHaveLength(9);
  });

  test("a changed choice redraws only the letter of that offer's provider", async () => {
    const before = new Set(cachedLetters());
    // OBS 't Hoogland takes 5 Talentenateliers sessions instead of 4: only the Kunstencentrum's order changes.
    const changed: Catalogue = {
      ...demo,
      schools: demo.schools.map((school) =>
        school.id === 'obs-t-hoogland' ? { ...school, choices: school.choices.map((choice) => (choice.intervention === 'talentenateliers' ? { ...choice, quantity: 5 } : choice)) } : school,
      ),
    };
    const run = await lettersFor(changed);
    expect(run.drawn).toEqual(['kunstencentrum-de-lijnbaan']);
    const added = cachedLetters().filter((name) => !before.has(name));
    expect(added).toHaveLength(1);
    expect(readFileSync(path.join(cacheDir, 'brochures', added[0]!)).equals(readFileSync(path.join(reportsDir, 'aanbieders', 'kunstencentrum-de-lijnbaan.pdf')))).toBe(true);
  });
});
