/** What the "Kies dit aanbod" button is told at build time, and what it decides from that for the picked school. */
import { describe, expect, test } from 'vitest';
import { indexOf, mustGet } from '../../src/core/catalogue/catalogue-model.ts';
import { refusesPress, whyNotChoosable } from '../../src/core/choosing/choose-limits.ts';
import { chooseLimits } from '../../src/core/choosing/offer-limits.ts';
import { baseInterventions, baseSchools, makeCatalogue, schoolData } from '../support/catalogue-factory.ts';


describe('the limits on choosing an offer', () => {
  // Voorlezen has one place, which De Linde (in baseSchools) took; the leesclub runs from 1 September 2026 on.
  const catalogue = makeCatalogue({
    interventions: { ...baseInterventions, leesclub: { ...baseInterventions.leesclub, available: { from: '2026-09-01' }, capacity: 3 } },
    schools: { ...baseSchools, 'de-es': schoolData('De Es', []) },
  });
  const limitsOf = (id: string, date = '2026-06-01', language: 'nl' | 'en' = 'nl') =>
    chooseLimits(mustGet(indexOf(catalogue).interventions, id, 'intervention'), catalogue, date, language);

  test('a full offer says so for every school but the one that chose it in the content', () => {
    const limits = limitsOf('voorlezen');
    expect(limits).toEqual({ full: 'Vol: de enige plaats is al door een andere school gekozen.', choosers: ['de-linde'] });
    expect(whyNotChoosable(limits, 'de-es')).toBe('Vol: de enige plaats is al door een andere school gekozen.');
    expect(whyNotChoosable(limits, 'de-linde')).toBeUndefined();
    // No school picked yet, or one the visitor filled in: it holds no place.
    expect(whyNotChoosable(limits, undefined)).toBe('Vol: de enige plaats is al door een andere school gekozen.');
    expect(limitsOf('voorlezen', '2026-06-01', 'en').full).toBe('Full: the only place has been taken by another school.');
  });

  test('an offer outside its window is not available to any school, and from its first day it is, with places left', () => {
    const limits = limitsOf('leesclub');
    expect(limits).toEqual({ unavailable: 'Niet beschikbaar: te kiezen vanaf 1 september 2026.' });
    expect(whyNotChoosable(limits, 'de-linde')).toBe('Niet beschikbaar: te kiezen vanaf 1 september 2026.');
    expect(limitsOf('leesclub', '2026-09-01')).toEqual({});
    expect(limitsOf('spreekuur')).toEqual({});
  });

  test('schools that chose an offer beyond its capacity in the content each keep their own place', () => {
    const crowded = makeCatalogue({
      interventions: { ...baseInterventions, voorlezen: { ...baseInterventions.voorlezen, capacity: 2 } },
      schools: { a: schoolData('A', ['voorlezen']), b: schoolData('B', ['voorlezen']), c: schoolData('C', ['voorlezen']), d: schoolData('D', []) },
    });
    const limits = chooseLimits(mustGet(indexOf(crowded).interventions, 'voorlezen', 'intervention'), crowded, '2026-06-01', 'nl');
    expect(limits.choosers).toEqual(['a', 'b', 'c']);
    expect(['a', 'b', 'c', 'd'].map((id) => whyNotChoosable(limits, id))).toEqual([undefined, undefined, undefined, 'Vol: alle 2 plaatsen zijn al door andere scholen gekozen.']);
  });
});

describe('the choose button', () => {
  test('refuses a press only while there is a reason and the offer is not chosen: a chosen offer can always be removed', () => {
    expect(refusesPress('Vol: ...', false)).toBe(true);
    expect(refusesPress('Vol: ...', true)).toBe(false);
    expect(refusesPress(undefined, false)).toBe(false);
    expect(refusesPress('', false)).toBe(false);
  });
});
