import { describe, expect, test } from 'vitest';
import { activeFilters, isEmptySearch, queryStringOf, stateFromQueryString } from '../../src/core/search/search-state.ts';

describe('the search state in the URL of /aanbod/', () => {
  test('a shared link reads back as the same search', () => {
    const state = stateFromQueryString('?q=lezen&domein=taal&aanbod=keuze&aanbieder=bibliotheek-vechtstreek&schooltype=vo');
    expect(state).toEqual({ q: 'lezen', domein: 'taal', aanbod: 'keuze', aanbieder: 'bibliotheek-vechtstreek', schooltype: 'vo' });
    expect(queryStringOf(state)).toBe('?q=lezen&domein=taal&aanbod=keuze&aanbieder=bibliotheek-vechtstreek&schooltype=vo');
  });

  test('the URL lists parameters in one fixed order and leaves out empty ones', () => {
    expect(queryStringOf({ q: '  ', schooltype: 'po', aanbod: 'vast' })).toBe('?aanbod=vast&schooltype=po');
    expect(queryStringOf({ q: '' })).toBe('');
  });

  test('values that can never be valid are dropped instead of searched for', () => {
    expect(stateFromQueryString('aanbod=gratis&schooltype=hbo&domein=<script>&aanbieder=Foo Bar&q=sport')).toEqual({ q: 'sport' });
  });

  test('unknown parameters are ignored', () => {
    expect(stateFromQueryString('?utm_source=nieuwsbrief&q=taal')).toEqual({ q: 'taal' });
  });

  test('a query with spaces and diacritics survives the round trip', () => {
    const state = stateFromQueryString(queryStringOf({ q: 'oekraïne & taal' }));
    expect(state.q).toBe('oekraïne & taal');
  });

  test('the filters for Pagefind leave one filter out on request, for counting its choices', () => {
    const state = { q: '', aanbod: 'keuze', schooltype: 'vo' } as const;
    expect(activeFilters(state)).toEqual({ aanbod: 'keuze', schooltype: 'vo' });
    expect(activeFilters(state, 'aanbod')).toEqual({ schooltype: 'vo' });
  });

  test('a search with neither words nor filters is empty, so the page shows the full list', () => {
    expect(isEmptySearch(stateFromQueryString(''))).toBe(true);
    expect(isEmptySearch(stateFromQueryString('?aanbod=vast'))).toBe(false);
  });
});
