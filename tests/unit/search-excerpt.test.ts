import { describe, expect, test } from 'vitest';
import { pageExcerpt } from '../../src/core/search/excerpt.ts';

// A record as Pagefind returns it: the page's own words, then the three the build added.
const own = 'Een natuurwandeling in het bos met de klas, twee keer per jaar.';
const record = (locations: number[], added = 3) => ({
  excerpt: 'Pagefind <mark>excerpt</mark>',
  content: `${own} natuur wandeling tocht.`,
  word_count: 12 + added,
  locations,
  meta: { addedWords: String(added) },
});

describe('excerpts without the added search words', () => {
  test('a page found only by added words shows no excerpt (its card shows the summary)', () => {
    expect(pageExcerpt(record([13]))).toBeNull();
  });

  test('an excerpt is cut from the page\'s own words and marks only hits among them', () => {
    const excerpt = pageExcerpt(record([1, 13]), 6);
    expect(excerpt).toBe('Een <mark>natuurwandeling</mark> in het bos met');
  });

  test('an excerpt near the end of the page stops before the added words', () => {
    const excerpt = pageExcerpt(record([11, 12, 14]), 6) ?? '';
    expect(excerpt).toBe('de klas, twee keer per <mark>jaar.</mark>');
    expect(excerpt).not.toMatch(/natuur |wandeling|tocht/);
  });

  test('a page without added words keeps Pagefind\'s excerpt', () => {
    expect(pageExcerpt({ excerpt: 'Pagefind <mark>excerpt</mark>', meta: {} })).toBe('Pagefind <mark>excerpt</mark>');
  });

  test('page text in an excerpt is escaped: only <mark> is markup', () => {
    const data = { excerpt: '', content: '<b>vet</b> & meer extra', word_count: 4, locations: [0], meta: { addedWords: '1' } };
    expect(pageExcerpt(data)).toBe('<mark>&#60;b&#62;vet&#60;/b&#62;</mark> &#38; meer');
  });
});
