/** Strict mode: over budget and over capacity stop the build instead of warning, and dist/ stays as it was. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { validateCatalogue } from '../../src/core/validate/validate-catalogue.ts';
import { applyStrict } from '../../src/integration/reports/strict.ts';
import type { CheckedFolder } from '../../src/integration/checked-folder.ts';
import { rawContent, baseSite } from '../support/catalogue-factory.ts';
import { projectRoot, runBuild, testBuildsDir, type BuildRun } from '../support/run-build.ts';
import { problemLines } from '../support/build-problems.ts';

describe('npm run build -- --strict on the demo', () => {
  const outDir = path.join(testBuildsDir, 'strict-build');
  let run: BuildRun;
  beforeAll(async () => {
    run = await runBuild({ contentDir: path.join(projectRoot, 'content'), outDir, args: ['--strict'] });
  });

  test('fails with status 1, naming the school over budget and the offer over capacity, and builds nothing', () => {
    expect(run.exitCode).toBe(1);
    const lines = problemLines(run.stderr);
    expect(lines).toEqual([
      'schools/so-de-horizon.yaml: school "SO De Horizon" gaat over het budget: gekozen € 7.610,00 van € 6.000,00 (€ 1.610,00 te veel)',
      'interventions/rots-en-water.mdx: interventie "Rots en Water weerbaarheidstraining" is vaker gekozen dan er plaats is: door 3 scholen, plaats voor 2',
    ]);
    expect(run.stderr).toContain('De strikte modus staat aan (--strict of site.yaml strict: true)');
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}-reports`)).toBe(false);
  });
});

/** A checked folder as the integration holds it, for a small catalogue with one school over budget. */
function checkedWith(site: Record<string, unknown>): CheckedFolder {
  const schools = { 'te-duur': { name: 'Te Duur', type: 'vo', pupils: 10, budget: 100, choices: [{ intervention: 'mentor' }] } };
  const result = validateCatalogue(rawContent({ site, schools }));
  if (!result.ok) throw new Error('invalid test catalogue');
  return { contentDir: '/content', buildDate: '2026-06-01', language: result.language, catalogue: result.catalogue, interventions: [], problems: [], warnings: result.warnings };
}

describe('site.yaml strict', () => {
  test('strict: true turns a school over budget into a problem without the command-line flag', () => {
    const { checked, note } = applyStrict(checkedWith({ ...baseSite, strict: true }), false);
    expect(checked.catalogue).toBeUndefined();
    expect(checked.problems.map((problem) => problem.kind)).toEqual(['over-budget']);
    expect(note).toMatch(/^De strikte modus staat aan/);
  });

  test('without strict a school over budget stays a warning and the catalogue is built', () => {
    const { checked, note } = applyStrict(checkedWith(baseSite), false);
    expect(checked.catalogue).toBeDefined();
    expect(checked.warnings.map((warning) => warning.kind)).toEqual(['over-budget']);
    expect(note).toBeUndefined();
  });
});
