/** What is published is an allowlist: a field the pages do not show never reaches the published JSON. */
import { describe, expect, test } from 'vitest';
import type { Catalogue } from '../../src/core/catalogue/catalogue-model.ts';
import { choosingCatalogue } from '../../src/core/choosing/choosing-catalogue.ts';
import { publicCatalogue } from '../../src/core/catalogue/public-view.ts';
import { makeCatalogue } from '../support/catalogue-factory.ts';

const SECRET = 'INTERN-GEHEIM';

/**
 * A catalogue whose site, every entry and every choice carries the team's fields: `needsNote`
 * and a school's `contact` (classified as team-only) and fields no view lists (an `extra` map).
 */
function withInternalFields(catalogue: Catalogue): Catalogue {
  const internal = { extra: { note: SECRET }, needsNote: SECRET };
  return {
    site: { ...catalogue.site, ...internal },
    providers: catalogue.providers.map((provider) => ({ ...provider, ...internal })),
    interventions: catalogue.interventions.map((intervention) => ({ ...intervention, ...internal })),
    schools: catalogue.schools.map((school) => ({ ...school, ...internal, contact: { name: SECRET }, choices: school.choices.map((choice) => ({ ...choice, ...internal })) })),
  };
}

describe('public views', () => {
  const catalogue = makeCatalogue({ site: { title: 'T', municipality: 'M', domains: [{ id: 'zorg', label: 'Zorg' }, { id: 'taal', label: 'Taal' }], budget: { base: 1, perPupil: 1 }, contact: { name: 'Team', email: 'team@example.nl' } } });

  test('internal fields of the site, every entry type and every choice are left out', () => {
    expect(JSON.stringify(publicCatalogue(withInternalFields(catalogue)))).not.toContain(SECRET);
  });

  test('everything the pages show is kept, unchanged', () => {
    expect(JSON.parse(JSON.stringify(publicCatalogue(withInternalFields(catalogue))))).toEqual(JSON.parse(JSON.stringify(catalogue)));
  });

  test('the catalogue the choosing page fetches holds no internal field either', () => {
    expect(JSON.stringify(choosingCatalogue(withInternalFields(catalogue)))).not.toContain(SECRET);
  });
});
