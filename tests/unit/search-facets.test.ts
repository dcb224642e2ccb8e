import { describe, expect, it } from 'vitest';
import { allPages, decodeFacets, encodeFacets, facetCounts, narrowResults } from '../../src/core/search/facet-table.ts';

const pages = [
  { id: 'nl_a', filters: { domein: ['taal'], aanbod: ['keuze'], aanbieder: ['bieb'], schooltype: ['po', 'vo'] } },
  { id: 'nl_b', filters: { domein: ['taal'], aanbod: ['vast'], aanbieder: ['ggd'], schooltype: ['po'] } },
  { id: 'nl_c', filters: { domein: ['zorg'], aanbod: ['keuze'], aanbieder: ['ggd'], schooltype: ['vo'] } },
];
const table = decodeFacets(encodeFacets(pages));
const ids = (results: { id: string }[]) => results.map((result) => result.id);

describe('search facets', () => {
  it('round-trips every page with its filter values', () => {
    // A page without need, menukaart, evidence, age or group values has empty lists for those filters.
    expect(table.pages.get('nl_a')).toEqual([['taal'], ['keuze'], ['bieb'], ['po', 'vo'], [], [], [], [], []]);
    expect(ids(allPages(table)).sort()).toEqual(['nl_a', 'nl_b', 'nl_c']);
  });

  it('keeps the results, in their order, that pass every active filter', () => {
    const results = [{ id: 'nl_c' }, { id: 'nl_b' }, { id: 'nl_a' }];
    expect(ids(narrowResults(results, table, { q: '', aanbod: 'keuze' }))).toEqual(['nl_c', 'nl_a']);
    expect(ids(narrowResults(results, table, { q: '', aanbod: 'keuze', schooltype: 'po' }))).toEqual(['nl_a']);
    expect(ids(narrowResults(results, table, { q: '' }))).toEqual(['nl_c', 'nl_b', 'nl_a']);
    // A page the table does not know cannot pass a filter.
    expect(ids(narrowResults([{ id: 'nl_x' }], table, { q: '', domein: 'taal' }))).toEqual([]);
  });

  it('counts each filter with the other filters applied but not itself', () => {
    const counts = facetCounts(allPages(table), table, { q: '', domein: 'taal', aanbod: 'keuze' });
    // domein: only aanbod=keuze applies (a, c)
    expect(counts.domein).toEqual({ taal: 1, zorg: 1 });
    // aanbod: only domein=taal applies (a, b)
    expect(counts.aanbod).toEqual({ keuze: 1, vast: 1 });
    // the others: both apply (a)
    expect(counts.aanbieder).toEqual({ bieb: 1 });
    expect(counts.schooltype).toEqual({ po: 1, vo: 1 });
  });

  it('counts every value of every page when nothing is filtered', () => {
    const counts = facetCounts(allPages(table), table, { q: '' });
    expect(counts.schooltype).toEqual({ po: 2, vo: 2 });
    expect(counts.aanbieder).toEqual({ bieb: 1, ggd: 2 });
  });
});
