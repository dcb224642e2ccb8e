import { describe, expect, test } from 'vitest';
import type { PagefindResultData } from '../../src/islands/search/pagefind-client.ts';
import { controlsState, countText, nextBatch, optionView, pageView, resultCardView } from '../../src/islands/search/search-view.ts';

const noCounts = { domein: {}, aanbod: {}, aanbieder: {}, schooltype: {}, behoefte: {}, menukaart: {}, onderbouwing: {}, leeftijd: {}, groep: {} };
const texts = {
  count: ['Geen interventies gevonden', '1 interventie gevonden', '{n} interventies gevonden'] as [string, string, string],
  facts: { provider: 'Aanbieder', cost: 'Kosten', schoolTypes: 'Voor' },
};

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
    expect(controlsState(' lezen ', { domein: 'taal', aanbod: '', aanbieder: 'Not An Id', schooltype: 'po', behoefte: 'bewegen', menukaart: 'G', onderbouwing: 'goed', leeftijd: '8', groep: '9' })).toEqual({
      q: 'lezen', domein: 'taal', schooltype: 'po', behoefte: 'bewegen', leeftijd: '8',
    });
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
      provider: 'Bibliotheek Vechtwaarde', cost: '€ 150,00 per bijeenkomst', school_types_label: 'Voorschool en primair onderwijs',
    },
  };

  test('optional offer gets a choose control with its id and school types', () => {
    const card = resultCardView(data, 'voorlezen');
    expect(card).toMatchObject({ offer: 'optional', title: 'VoorleesExpress', href: '/aanbod/voorleesexpress/', domainColor: '#1b6e53' });
    expect(card.choose).toEqual({ intervention: 'voorleesexpress', schoolTypes: 'vve po' });
  });

  test('a full or unavailable offer hands its choose control the reasons and the schools that chose it, as its own page does', () => {
    const meta = { ...data.meta, choose_unavailable: 'Niet beschikbaar: te kiezen vanaf 20 juli 2026.', choose_full: 'Vol: de enige plaats is al door een andere school gekozen.', choose_choosers: 'de-linde het-baken' };
    expect(resultCardView({ ...data, meta }, '').choose).toEqual({
      intervention: 'voorleesexpress',
      schoolTypes: 'vve po',
      unavailable: 'Niet beschikbaar: te kiezen vanaf 20 juli 2026.',
      full: 'Vol: de enige plaats is al door een andere school gekozen.',
      choosers: 'de-linde het-baken',
    });
  });

  test('the summary always shows, with the searched words marked where they occur', () => {
    expect(resultCardView(data, 'vrijwilliger').summary).toEqual([
      { text: 'Een ', marked: false },
      { text: 'vrijwilliger', marked: true },
      { text: ' leest voor.', marked: false },
    ]);
    expect(resultCardView(data, '').summary).toEqual([{ text: 'Een vrijwilliger leest voor.', marked: false }]);
  });

  test('a body excerpt shows only when the words are in the body alone, between ellipses', () => {
    expect(resultCardView(data, 'voorlezen thuis').excerpt).toBe('… wekelijks <mark>voorlezen</mark> thuis …');
    expect(resultCardView(data, 'leest').excerpt).toBeNull();
    expect(resultCardView(data, 'voorleesexpress').excerpt).toBeNull();
    expect(resultCardView(data, '').excerpt).toBeNull();
  });

  test('provider, cost and school types are labelled as on the browse cards', () => {
    expect(resultCardView(data, 'lezen', texts).facts).toEqual([
      { label: 'Aanbieder', value: 'Bibliotheek Vechtwaarde' },
      { label: 'Kosten', value: '€ 150,00 per bijeenkomst' },
      { label: 'Voor', value: 'Voorschool en primair onderwijs' },
    ]);
  });

  test('fixed offer has no choose control', () => {
    expect(resultCardView({ ...data, meta: { ...data.meta, offer: 'fixed' } }, '').choose).toBeUndefined();
  });

  test('a domain colour that is not a hex code never reaches a style', () => {
    expect(resultCardView({ ...data, meta: { ...data.meta, domain_color: 'red; background: url(x)' } }, '').domainColor).toBeUndefined();
  });

  test('a page without a title falls back to its address', () => {
    expect(resultCardView({ ...data, meta: {} }, '').title).toBe('/aanbod/voorleesexpress/');
  });
});
