import { describe, expect, test } from 'vitest';
import { placesFor } from '../../src/core/choosing/places-left.ts';
import { baseInterventions, baseSchools, makeCatalogue, schoolData } from '../support/catalogue-factory.ts';

const voorlezen = { ...baseInterventions.voorlezen, capacity: 2 };

describe('places left on an intervention with a capacity', () => {
  test('are the capacity minus the other schools that chose it, not counting the school reading', () => {
    const catalogue = makeCatalogue({ interventions: { ...baseInterventions, voorlezen }, schools: { ...baseSchools, 'de-linde': schoolData('De Linde', ['voorlezen']), 'de-es': schoolData('De Es', []) } });
    const item = catalogue.interventions.find((intervention) => intervention.id === 'voorlezen')!;
    expect(placesFor(catalogue, item, 'de-es')).toEqual({ capacity: 2, left: 1, overCapacity: false });
    expect(placesFor(catalogue, item, 'de-linde')).toEqual({ capacity: 2, left: 2, overCapacity: false });
  });

  test('a choice made where the other schools took every place is over capacity; no capacity, no places', () => {
    const schools = { a: schoolData('A', ['voorlezen']), b: schoolData('B', ['voorlezen']), c: schoolData('C', ['voorlezen']) };
    const catalogue = makeCatalogue({ interventions: { ...baseInterventions, voorlezen }, schools });
    const item = catalogue.interventions.find((intervention) => intervention.id === 'voorlezen')!;
    expect(placesFor(catalogue, item, 'c')).toEqual({ capacity: 2, left: 0, overCapacity: true });
    expect(placesFor(catalogue, catalogue.interventions.find((intervention) => intervention.id === 'leesclub')!, 'a')).toBeUndefined();
  });
});
