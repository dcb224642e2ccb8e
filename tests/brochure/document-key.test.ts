/**
 * A brochure's key is taken over what it draws (its plan), so it follows the renderer: a body a
 * school's brochure shows only as a table row is not part of its key, what the row prints is.
 * Workers get only part of the content per job; that part must plan the very same brochure.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { BrochureContent } from '../../src/brochure/brochure-input.ts';
import { brochureKeySource } from '../../src/brochure/document-key.ts';
import { brochureJobs } from '../../src/integration/brochures/brochure-jobs.ts';
import { jobContent, jobPart, sharedContent } from '../../src/integration/brochures/job-content.ts';
import { projectRoot } from '../support/run-build.ts';
import { fixtureContent, generatedSchool, sharedRenderer } from './render-in-process.ts';

const { content, school, menu } = generatedSchool({ interventions: 120, schools: 4 });
const hashes = { renderer: 'renderer', fonts: 'fonts', logo: 'none' };
const date = '2026-01-01T00:00:00.000Z';

const withBody = (id: string): BrochureContent => ({
  ...content,
  bodies: { ...content.bodies, [id]: [{ kind: 'paragraph', runs: [{ text: 'Een gewijzigde beschrijving.' }] }] },
});
const withTitle = (id: string): BrochureContent => ({
  ...content,
  catalogue: { ...content.catalogue, interventions: content.catalogue.interventions.map((intervention) => (intervention.id === id ? { ...intervention, title: 'Nieuwe titel' } : intervention)) },
});
const schoolKey = async (changed: BrochureContent, keyHashes = hashes) => brochureKeySource(await (await sharedRenderer()).planSchool(changed, school.id), keyHashes, date);
const catalogueKey = async (changed: BrochureContent) => brochureKeySource(await (await sharedRenderer()).planCatalogue(changed), hashes, date);

describe('the brochure key of a school whose menu is a table', () => {
  const row = menu.find((item) => !item.chosen)!.intervention.id;
  const chosen = menu.find((item) => item.chosen)!.intervention.id;

  test('stays the same when the body of an intervention it shows as a row changes', async () => {
    expect(await schoolKey(withBody(row))).toBe(await schoolKey(content));
  });

  test('changes when what that row shows changes', async () => {
    expect(await schoolKey(withTitle(row))).not.toBe(await schoolKey(content));
  });

  test('changes when the body of one of its choices changes', async () => {
    expect(await schoolKey(withBody(chosen))).not.toBe(await schoolKey(content));
  });

  test('changes with the renderer code, the fonts and the logo', async () => {
    const original = await schoolKey(content);
    for (const changed of [{ renderer: 'other' }, { fonts: 'other' }, { logo: 'other' }]) expect(await schoolKey(content, { ...hashes, ...changed })).not.toBe(original);
  });

  test('the catalogue brochure prints every body, so its key changes with any of them', async () => {
    expect(await catalogueKey(withBody(row))).not.toBe(await catalogueKey(content));
  });
});

describe("a worker's share of the content", () => {
  test.each([
    ['a generated catalogue whose school menus are tables', content],
    ['the minimal fixture, every intervention in full', fixtureContent(path.join(projectRoot, 'tests/fixtures/minimal'))],
  ])('plans every brochure of %s exactly as the whole content does', async (_, whole) => {
    const renderer = await sharedRenderer();
    const shared = sharedContent(whole);
    for (const job of brochureJobs(whole)) {
      const part = jobPart(whole, job);
      const plan = (from: BrochureContent) => (job.schoolId ? renderer.planSchool(from, job.schoolId) : renderer.planCatalogue(from));
      expect(await plan(jobContent(shared, structuredClone(part)))).toEqual(await plan(whole));
      expect(Object.keys(part)).toEqual(['bodies']);
    }
  });

  test("a school's part holds only the bodies its brochure describes in full", () => {
    const part = jobPart(content, { output: `brochures/${school.id}.pdf`, schoolId: school.id });
    const chosen = menu.filter((item) => item.chosen).map((item) => item.intervention.id);
    expect(Object.keys(part.bodies)).toEqual(expect.arrayContaining(chosen));
    expect(Object.keys(part.bodies).length).toBeLessThan(Object.keys(content.bodies).length / 2);
  });
});
