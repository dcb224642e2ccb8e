import { describe, expect, test } from 'vitest';
import type { PagefindResultData } from '../../src/islands/search/pagefind-client.ts';
import { controlsState, countText, nextBatch, optionView, pageView, resultCardView } from '../../src/islands/search/search-view.ts';

const noCounts = { domein: {}, aanbod: {}, aanbieder: {}, schooltype: {} };
const texts = { count: ['Geen interventies gevonden', '1 interventie gevonden', '{n} interventies gevonden'] as [string, string, string] };

describe('what the search page shows', () => {
  test('the status line has its own words for none, one and more results', () => {
    expect(countText(texts, 0)).toBe('Geen interventies gevonden');
    expect(countText(texts, 1)).toBe('1 interventie gevonden');
    expect(countText(texts, 12)).toBe('12 interventies gevonden');
  });

  test('an empty search shows the full grouped list and no results', () => {
    expect(pageView(texts, null)).toEqual({ showFullList: true, showResults: false, status: '' });
  });

  test('a search shows its results with their count instead of the full list', () => {
    expect(pageView(texts, 0)).toEqual({ showFullList: false, showResults: true, status: 'Geen interventies gevonden' });
  });

  test('a filter option shows how many results choosing it would give', () => {
    const counts = { ...noCounts, domein: { taal: 8 } };
    expect(optionView('domein', { value: 'taal', label: 'Taalondersteuning' }, counts, { q: '' })).toEqual({ text: 'Taalondersteuning (8)', disabled: false });
  });

  test('an option without results stays visible but cannot be picked', () => {
    expect(optionView('domein', { value: 'zorg', label: 'Zorg' }, noCounts, { q: '' })).toEqual({ text: 'Zorg (0)', disabled: true });
  });

  test('the option currently chosen stays pickable even when it has no results', () => {
    expect(optionView('domein', { value: 'zorg', label: 'Zorg' }, noCounts, { q: 'x', domein: 'zorg' }).disabled).toBe(false);
  });

  test('the controls read back as a search, dropping values that are not valid', () => {
    expect(controlsState(' lezen ', { domein: 'taal', aanbod: '', aanbieder: 'Not An Id', schooltype: 'po' })).toEqual({ q: 'lezen', domein: 'taal', schooltype: 'po' });
  });

  test('results are drawn in batches until none remain', () => {
    expect(nextBatch(0, 25, 10)).toEqual({ start: 0, end: 10, moreAfter: true });
    expect(nextBatch(20, 25, 10)).toEqual({ start: 20, end: 25, moreAfter: false });
    expect(nextBatch(0, 10, 10)).toEqual({ start: 0, end: 10, moreAfter: false });
  });
});

describe('a search result card', () => {
  const data: PagefindResultData = {
    url: '/aanbod/voorleesexpress/',
    excerpt: 'wekelijks <mark>voorlezen</mark> thuis',
    meta: {
      title: 'VoorleesExpress', summary: 'Een vrijwilliger leest voor.', offer: 'optional', offer_label: 'Keuzeaanbod',
      domain_label: 'Taalondersteuning', domain_color: '#1b6e53', intervention: 'voorleesexpress', school_types: 'vve po',
    },
  };

  test('optional offer gets a choose control with its id and school types', () => {
    const card = resultCardView(data, true);
    expect(card).toMatchObject({ offer: 'optional', title: 'VoorleesExpress', href: '/aanbod/voorleesexpress/', domainColor: '#1b6e53' });
    expect(card.choose).toEqual({ intervention: 'voorleesexpress', schoolTypes: 'vve po' });
  });

  test('the excerpt with the hit shows only when words were searched; otherwise the summary', () => {
    expect(resultCardView(data, true).excerpt).toBe('wekelijks <mark>voorlezen</mark> thuis');
    expect(resultCardView(data, false).excerpt).toBeNull();
    expect(resultCardView(data, false).summary).toBe('Een vrijwilliger leest voor.');
  });

  test('fixed offer has no choose control', () => {
    expect(resultCardView({ ...data, meta: { ...data.meta, offer: 'fixed' } }, false).choose).toBeUndefined();
  });

  test('a domain colour that is not a hex code never reaches a style', () => {
    expect(resultCardView({ ...data, meta: { ...data.meta, domain_color: 'red; background: url(x)' } }, false).domainColor).toBeUndefined();
  });

  test('a page without a title falls back to its address', () => {
    expect(resultCardView({ ...data, meta: {} }, false).title).toBe('/aanbod/voorleesexpress/');
  });
});
