import { describe, expect, test } from 'vitest';
import { summarizeBudget } from '../../src/core/budget/budget.ts';
import { isAvailableOn, overlapsPeriod } from '../../src/core/fit/availability.ts';
import { addMonths } from '../../src/core/fit/freshness.ts';
import { chargesPerCategory } from '../../src/core/budget/menukaart-totals.ts';
import { needsFirst } from '../../src/core/fit/needs-first.ts';
import { interventionFitView, unavailableReason } from '../../src/core/fit/fit-view.ts';
import { ageValues, groupValues } from '../../src/core/search/search-ranges.ts';
import { queryStringOf, stateFromQueryString } from '../../src/core/search/search-state.ts';
import { mustGet, indexOf } from '../../src/core/catalogue/catalogue-model.ts';
import { baseInterventions, baseSchools, baseSite, makeCatalogue, schoolOf } from '../support/catalogue-factory.ts';

const site = { ...baseSite, needs: [{ id: 'lezen', label: 'Begrijpend lezen' }, { id: 'bewegen', label: 'Bewegen' }, { id: 'taal', label: 'Taal' }] };

describe('the offer that fits a school\'s needs', () => {
  const catalogue = makeCatalogue({
    site,
    interventions: {
      ...baseInterventions,
      leesclub: { ...baseInterventions.leesclub, needs: ['lezen'] },
      voorlezen: { ...baseInterventions.voorlezen, needs: ['taal', 'lezen'], recommended: true, recommendedReason: 'Denktank taal.' },
      mentor: { ...baseInterventions.mentor, needs: ['lezen'] },
      'fruit-op-school': { ...baseInterventions['fruit-op-school'], needs: ['lezen'] },
      spreekuur: { ...baseInterventions.spreekuur, needs: ['bewegen'] },
    },
    schools: { ...baseSchools, 'de-linde': { ...baseSchools['de-linde'], needs: ['lezen'] } },
  });
  const school = (id: string) => schoolOf(catalogue, id);

  test('lists optional offer for the school type that answers its needs, recommended first, fixed offer and other types left out', () => {
    const view = needsFirst(school('de-linde'), catalogue);
    expect(view.needs.map((need) => need.label)).toEqual(['Begrijpend lezen']);
    expect(view.matches.map((match) => [match.intervention.id, match.needs.map((need) => need.id)])).toEqual([
      ['voorlezen', ['lezen']],
      ['leesclub', ['lezen']],
    ]);
  });

  test('a school without needs gets no needs section', () => {
    expect(needsFirst(school('het-baken'), catalogue)).toEqual({ needs: [], matches: [] });
  });
});

describe('charges per menukaart category', () => {
  // De Linde: leesclub 100 pupils x € 12,50 = € 1.250,00; voorlezen 3 sessions x € 150 = € 450,00; spreekuur free.
  const catalogue = makeCatalogue({
    interventions: {
      ...baseInterventions,
      leesclub: { ...baseInterventions.leesclub, menukaart: ['B', 'A'] },
      voorlezen: { ...baseInterventions.voorlezen, menukaart: ['A', 'F'] },
    },
    schools: { ...baseSchools, 'de-linde': { ...baseSchools['de-linde'], choices: [{ intervention: 'leesclub' }, { intervention: 'voorlezen', quantity: 3 }, { intervention: 'spreekuur' }] } },
  });

  test('count each choice\'s whole charge under its first category and add up to what the school spends', () => {
    const budget = summarizeBudget(schoolOf(catalogue, 'de-linde'), catalogue);
    const totals = chargesPerCategory(budget);
    expect(totals).toEqual([
      { category: 'A', charge: 45000, titles: ['Voorlezen'] },
      { category: 'B', charge: 125000, titles: ['Leesclub'] },
      { category: undefined, charge: 0, titles: ['Spreekuur'] },
    ]);
    expect(totals.reduce((sum, total) => sum + total.charge, 0)).toBe(budget.spent);
  });
});

describe('dates', () => {
  test('availability includes both ends of the window', () => {
    const window = { from: '2026-07-20', until: '2026-08-28' };
    expect([isAvailableOn(window, '2026-07-19'), isAvailableOn(window, '2026-07-20'), isAvailableOn(window, '2026-08-28'), isAvailableOn(window, '2026-08-29')]).toEqual([false, true, true, false]);
    expect(isAvailableOn(undefined, '2000-01-01')).toBe(true);
  });

  test('an offer outside its window on the build date says when it can be chosen, in Dutch and in English', () => {
    const between = { available: { from: '2026-07-20', until: '2026-08-28' } };
    expect(unavailableReason(between, '2026-06-01', 'nl')).toBe('Niet beschikbaar: te kiezen van 20 juli 2026 tot en met 28 augustus 2026.');
    expect(unavailableReason({ available: { from: '2026-09-01' } }, '2026-06-01', 'nl')).toBe('Niet beschikbaar: te kiezen vanaf 1 september 2026.');
    expect(unavailableReason({ available: { until: '2026-05-31' } }, '2026-06-01', 'nl')).toBe('Niet beschikbaar: te kiezen tot en met 31 mei 2026.');
    expect(unavailableReason(between, '2026-06-01', 'en')).toBe('Not available: it can be chosen from 20 July 2026 to 28 August 2026.');
    expect(unavailableReason(between, '2026-07-20', 'nl')).toBeUndefined();
  });

  test('a window overlaps a period when they share one day', () => {
    const period = { start: '2025-08-01', end: '2026-07-31' };
    expect(overlapsPeriod({ from: '2026-07-31' }, period)).toBe(true);
    expect(overlapsPeriod({ from: '2026-08-01' }, period)).toBe(false);
    expect(overlapsPeriod({ until: '2025-07-31' }, period)).toBe(false);
  });

  test('adding months keeps the day, or the last day of a shorter month', () => {
    expect(addMonths('2025-03-15', 12)).toBe('2026-03-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });
});

describe('need, menukaart, evidence, age and group as search filters', () => {
  test('an age or group range is found under every number it holds, an open end stops at the limits', () => {
    expect(ageValues({ from: 4, to: 6 })).toEqual(['4', '5', '6']);
    expect(groupValues({ from: 7 })).toEqual(['7', '8']);
    expect(groupValues(undefined)).toEqual([]);
  });

  test('the URL keeps valid need, menukaart, evidence, age and group values and drops the rest', () => {
    expect(stateFromQueryString('behoefte=bewegen&menukaart=C&onderbouwing=sterke-aanwijzingen&leeftijd=8&groep=5')).toEqual({
      q: '', behoefte: 'bewegen', menukaart: 'C', onderbouwing: 'sterke-aanwijzingen', leeftijd: '8', groep: '5',
    });
    expect(stateFromQueryString('behoefte=Bewegen!&menukaart=G&onderbouwing=erkend&leeftijd=-1&groep=9')).toEqual({ q: '' });
    expect(queryStringOf({ q: '', groep: '5', behoefte: 'bewegen' })).toBe('?behoefte=bewegen&groep=5');
  });
});

describe('the groups an offer is meant for, in words', () => {
  const catalogue = makeCatalogue({
    interventions: {
      ...baseInterventions,
      leesclub: { ...baseInterventions.leesclub, groups: { from: 7, to: 8 } },
      mentor: { ...baseInterventions.mentor, groups: { from: 1, to: 3 } },
      bovenbouw: { ...baseInterventions.leesclub, title: 'Bovenbouw', schoolTypes: ['po', 'so', 'vo'], groups: { from: 5, to: 8 } },
      brugjaar: { ...baseInterventions.leesclub, title: 'Brugjaar', schoolTypes: ['po', 'vo'], groups: { from: 1, to: 2 } },
    },
  });
  const groups = (id: string) => interventionFitView(mustGet(indexOf(catalogue).interventions, id, 'intervention'), undefined, 'nl').facts.find((fact) => fact.label === 'Groepen')?.text;

  test('a primary offer counts in groepen and a secondary one in klassen, two neighbours joined with "en"', () => {
    expect(groups('leesclub')).toBe('groep 7 en 8');
    expect(groups('mentor')).toBe('klas 1 tot en met 3');
  });

  test('an offer for primary and secondary schools counts in groepen above klas 6, and says both words where the numbers may be either', () => {
    expect(groups('bovenbouw')).toBe('groep 5 tot en met 8');
    expect(groups('brugjaar')).toBe('groep of klas 1 en 2');
  });
});
