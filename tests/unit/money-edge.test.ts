import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { schoolFile } from '../../src/core/choosing/school-file.ts';
import { makeCatalogue } from '../support/catalogue-factory.ts';

describe('money at the schema edge', () => {
  const catalogue = makeCatalogue({
    schools: { 'de-es': { name: 'De Es', type: 'po', pupils: 40, budget: 750.5 } },
  });

  test('amounts written in euros are read once, as whole cents', () => {
    const leesclub = catalogue.interventions.find((intervention) => intervention.id === 'leesclub');
    expect(leesclub?.cost).toEqual({ amount: 1250, per: 'pupil' });
    expect(catalogue.site.budget).toEqual({ base: 100_000, perPupil: 1_000 });
    expect(catalogue.schools[0]?.budget).toBe(75_050);
  });

  test("a school's file written back says euros, as people write them", () => {
    expect(parse(schoolFile(catalogue.schools[0]!).text)).toMatchObject({ budget: 750.5 });
  });
});
