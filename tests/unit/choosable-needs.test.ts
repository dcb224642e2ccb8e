/** "Past bij uw behoeften" on /keuzes/: which fitting offer can be chosen on the build date, and why not in words. */
import { describe, expect, test } from 'vitest';
import { choosableNeedsView } from '../../src/core/fit/choosable-needs.ts';
import { baseInterventions, baseSchools, baseSite, makeCatalogue, schoolOf } from '../support/catalogue-factory.ts';

describe('the fitting offer a school can choose now', () => {
  // Voorlezen has one place, taken by De Linde; the leesclub runs from 1 September 2026 on.
  const catalogue = makeCatalogue({
    site: { ...baseSite, language: 'nl', needs: [{ id: 'lezen', label: 'Begrijpend lezen' }] },
    interventions: {
      ...baseInterventions,
      leesclub: { ...baseInterventions.leesclub, needs: ['lezen'], available: { from: '2026-09-01' } },
      voorlezen: { ...baseInterventions.voorlezen, needs: ['lezen'], recommended: true },
      spreekuur: { ...baseInterventions.spreekuur, needs: ['lezen'] },
    },
    schools: {
      ...baseSchools,
      'de-linde': { ...baseSchools['de-linde'], choices: [{ intervention: 'voorlezen' }] },
      'de-es': { name: 'De Es', type: 'po', pupils: 40, needs: ['lezen'] },
    },
  });
  const school = (id: string) => schoolOf(catalogue, id);
  const blocked = (id: string, date: string) => choosableNeedsView(school(id), catalogue, date, 'nl')?.items.map((item) => [item.interventionId, item.blocked]);

  test('an offer outside its available window on the build date and one whose places other schools took are blocked, with the reason in words', () => {
    expect(blocked('de-es', '2026-06-01')).toEqual([
      ['voorlezen', 'Vol: de enige plaats is al door een andere school gekozen.'],
      ['leesclub', 'Niet beschikbaar: te kiezen vanaf 1 september 2026.'],
      ['spreekuur', undefined],
    ]);
  });

  test('from the first day of its window the offer can be chosen', () => {
    expect(blocked('de-es', '2026-09-01')?.find(([id]) => id === 'leesclub')).toEqual(['leesclub', undefined]);
  });

  test('the school holding the last place is not told it is full, and a school without needs gets no section', () => {
    const linde = makeCatalogue({
      site: { ...baseSite, needs: [{ id: 'lezen', label: 'Begrijpend lezen' }] },
      interventions: { ...baseInterventions, voorlezen: { ...baseInterventions.voorlezen, needs: ['lezen'] } },
      schools: { ...baseSchools, 'de-linde': { ...baseSchools['de-linde'], needs: ['lezen'] } },
    });
    const view = choosableNeedsView(schoolOf(linde, 'de-linde'), linde, '2026-06-01', 'nl');
    expect(view?.items.map((item) => [item.interventionId, item.blocked])).toEqual([['voorlezen', undefined]]);
    expect(choosableNeedsView(schoolOf(linde, 'het-baken'), linde, '2026-06-01', 'nl')).toBeUndefined();
  });
});
