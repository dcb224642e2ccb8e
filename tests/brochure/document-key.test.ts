/** A school brochure's key covers what it prints: a body it shows only as a table row is not part of it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateContent } from '../../scripts/bench/generate-content.ts';
import type { BrochureContent } from '../../src/brochure/brochure-input.ts';
import { brochureKeySource } from '../../src/brochure/document-key.ts';
import { schoolOffer } from '../../src/core/offer.ts';
import { fixtureContent } from './render-in-process.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'document-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
generateContent(dir, { interventions: 120, schools: 4 });
const content = fixtureContent(dir);
const school = content.catalogue.schools[0]!;
const menu = schoolOffer(school, content.catalogue).optional.flatMap((group) => group.items);
const hashes = { fonts: 'fonts', logo: 'none' };
const date = '2026-01-01T00:00:00.000Z';

const withBody = (id: string): BrochureContent => ({
  ...content,
  bodies: { ...content.bodies, [id]: [{ kind: 'paragraph', runs: [{ text: 'Een gewijzigde beschrijving.' }] }] },
});
const withTitle = (id: string): BrochureContent => ({
  ...content,
  catalogue: { ...content.catalogue, interventions: content.catalogue.interventions.map((intervention) => (intervention.id === id ? { ...intervention, title: 'Nieuwe titel' } : intervention)) },
});
const schoolKey = (changed: BrochureContent) => brochureKeySource(changed, school, hashes, date);
const catalogueKey = (changed: BrochureContent) => brochureKeySource(changed, undefined, hashes, date);

describe('the brochure key of a school whose menu is a table', () => {
  const row = menu.find((item) => !item.chosen)!.intervention.id;
  const chosen = menu.find((item) => item.chosen)!.intervention.id;

  test('stays the same when the body of an intervention it shows as a row changes', () => {
    expect(schoolKey(withBody(row))).toBe(schoolKey(content));
  });

  test('changes when what that row shows changes', () => {
    expect(schoolKey(withTitle(row))).not.toBe(schoolKey(content));
  });

  test('changes when the body of one of its choices changes', () => {
    expect(schoolKey(withBody(chosen))).not.toBe(schoolKey(content));
  });

  test('the catalogue brochure prints every body, so its key changes with any of them', () => {
    expect(catalogueKey(withBody(row))).not.toBe(catalogueKey(content));
  });
});
