import { describe, expect, test } from 'vitest';
import { listInWords, schoolTypesInWords } from '../../src/core/strings/list-words.ts';
import { siteStrings, uiStrings } from '../../src/core/strings/ui-strings.ts';

describe("the site's own words", () => {
  test('site.yaml domainsName replaces the words for a domain on pages, filters and brochures', () => {
    const t = siteStrings({ language: 'nl', domainsName: { singular: 'Aandachtsgebied', plural: 'Aandachtsgebieden' } });
    expect([t.domain, t.domains, t.filterDomain]).toEqual(['Aandachtsgebied', 'Aandachtsgebieden', 'Aandachtsgebied']);
  });

  test('without domainsName the words are Domein and Domeinen, or Domain and Domains in English', () => {
    expect(siteStrings({ language: 'nl' })).toBe(uiStrings('nl'));
    expect([siteStrings({ language: 'en' }).domain, siteStrings({ language: 'en' }).domains]).toEqual(['Domain', 'Domains']);
  });

  test('lists read as "a, b en c" in Dutch and "a, b and c" in English, school types capitalised only first', () => {
    expect(listInWords(['taal', 'sport', 'cultuur'], 'nl')).toBe('taal, sport en cultuur');
    expect(listInWords(['reading', 'sport', 'culture'], 'en')).toBe('reading, sport and culture');
    expect(listInWords(['po'], 'nl')).toBe('po');
    expect(schoolTypesInWords(['Primair onderwijs', 'Speciaal onderwijs'], 'nl')).toBe('Primair onderwijs en speciaal onderwijs');
  });
});
