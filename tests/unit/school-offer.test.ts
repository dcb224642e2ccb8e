import { expect, test } from 'vitest';
import { indexOf, mustGet } from '../../src/core/catalogue/catalogue-model.ts';
import { countByDomain } from '../../src/core/catalogue/catalogue-stats.ts';
import { schoolOffer } from '../../src/core/catalogue/school-offer.ts';
import { capacityUse } from '../../src/core/validate/warnings.ts';
import { baseSchools, makeCatalogue } from '../support/catalogue-factory.ts';

const catalogue = makeCatalogue();
const { schools, interventions } = indexOf(catalogue);
const ids = (groups: { items: unknown[] }[], pick: (item: never) => string) => groups.flatMap((g) => g.items.map((item) => pick(item as never)));

test('a school is offered the fixed interventions meant for its type, grouped by domain', () => {
  const offer = schoolOffer(mustGet(schools, 'de-linde', 'school'), catalogue);
  expect(offer.fixed.map((group) => group.domain.id)).toEqual(['zorg']);
  expect(ids(offer.fixed, (item: { id: string }) => item.id)).toEqual(['fruit-op-school']);
});

test('the optional menu holds only offers for its type, with its own choices marked', () => {
  const offer = schoolOffer(mustGet(schools, 'de-linde', 'school'), catalogue);
  const menu = offer.optional.flatMap((group) => group.items);
  expect(menu.map((item) => item.intervention.id).sort()).toEqual(['leesclub', 'spreekuur', 'voorlezen']);
  expect(menu.filter((item) => item.chosen).map((item) => item.intervention.id).sort()).toEqual(['leesclub', 'voorlezen']);
  expect(menu.map((item) => item.intervention.id)).not.toContain('mentor');
});

test('domains keep the order of site.yaml and empty ones are left out of a school offer', () => {
  const offer = schoolOffer(mustGet(schools, 'het-baken', 'school'), catalogue);
  expect(offer.optional.map((group) => group.domain.id)).toEqual(['zorg']);
});

test('counts per domain split fixed and optional offer', () => {
  expect(countByDomain(catalogue).map(({ domain, total, fixed, optional }) => [domain.id, total, fixed, optional])).toEqual([
    ['zorg', 3, 1, 2],
    ['taal', 2, 0, 2],
  ]);
});

test('an intervention chosen by more schools than its capacity is over capacity', () => {
  const crowded = makeCatalogue({ schools: { ...baseSchools, other: { name: 'Other', type: 'po', pupils: 10, choices: [{ intervention: 'voorlezen' }] } } });
  expect(capacityUse(crowded, mustGet(indexOf(crowded).interventions, 'voorlezen', 'intervention'))).toEqual({ chosenBy: 2, capacity: 1, overCapacity: true });
  expect(capacityUse(catalogue, mustGet(interventions, 'voorlezen', 'intervention')).overCapacity).toBe(false);
});
