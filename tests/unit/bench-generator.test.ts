/** The benchmark's content generator, run at a tiny size so the benchmark script cannot rot. */
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { generateContent } from '../../scripts/bench/generate-content.ts';
import { readContent } from '../../src/integration/read-content.ts';
import { validateCatalogue } from '../../src/core/validate/validate-catalogue.ts';

test('generated benchmark content is a valid catalogue of the requested size', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-bench-'));
  generateContent(dir, { interventions: 24, schools: 8 });
  const { content, problems } = readContent(dir);
  const result = validateCatalogue(content, problems);
  expect(result.ok ? [] : result.problems).toEqual([]);
  expect(readdirSync(path.join(dir, 'interventions'))).toHaveLength(24);
  if (!result.ok) return;
  const { catalogue } = result;
  expect(catalogue.schools).toHaveLength(8);
  expect(new Set(catalogue.interventions.map((i) => i.offer))).toEqual(new Set(['fixed', 'optional']));
  expect(new Set(catalogue.interventions.flatMap((i) => (i.cost ? [i.cost.per] : [])))).toEqual(new Set(['school', 'pupil', 'group', 'session']));
  expect(catalogue.schools.every((school) => school.choices.length >= 3 && school.choices.length <= 8)).toBe(true);
});

test('the generator makes the same catalogue every time', () => {
  const [a, b] = [0, 1].map(() => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-bench-'));
    generateContent(dir, { interventions: 5, schools: 2 });
    return readContent(dir).content.interventions.map((i) => i.body).join();
  });
  expect(a).toBe(b);
});

test('the generator makes the share of fixed offer and the number of choices a school it is asked for', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-bench-'));
  generateContent(dir, { interventions: 400, schools: 6, fixedShare: 0.2, choicesPerSchool: 12 });
  const { content, problems } = readContent(dir);
  const result = validateCatalogue(content, problems);
  expect(result.ok ? [] : result.problems).toEqual([]);
  if (!result.ok) return;
  const fixed = result.catalogue.interventions.filter((intervention) => intervention.offer === 'fixed').length;
  expect(fixed / 400).toBeGreaterThan(0.15);
  expect(fixed / 400).toBeLessThan(0.25);
  expect(result.catalogue.schools.every((school) => school.choices.length === 12)).toBe(true);
});
