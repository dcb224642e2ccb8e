/**
 * Search that understands Dutch, on the small test catalogue: a part of a compound finds the
 * compound, a synonym from synonyms.yaml finds its partner, and the words the build added for
 * this never show on the page or in an excerpt.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { describeInBrowser, eventually, searchResultLinks, useBrowserSession } from '../support/browser.ts';

const summaries = (page: import('playwright-core').Page) => page.locator('[data-search-results] .card-summary').allTextContents();

describeInBrowser('searching a Dutch catalogue by parts of words and synonyms', () => {
  const session = useBrowserSession('minimal');

  test('"wandeling" finds the page that only says "natuurwandeling", showing its summary, not the added words', async () => {
    const { page } = await session.open('aanbod/?q=wandeling');
    await eventually(() => searchResultLinks(page)).toEqual(['/npo-aanbod/aanbod/schoolplein-sport/']);
    await expect(summaries(page)).resolves.toEqual(['Sport en spel op het schoolplein, per groep.']);
    await expect(page.locator('[data-search-results] .card-excerpt').count()).resolves.toBe(0);
  });

  test('a synonym finds its partner, and the page that says the word itself comes first', async () => {
    const { page } = await session.open('aanbod/?q=sport');
    // schoolplein-sport says "sport"; gezonde-school says "bewegen", its partner in synonyms.yaml.
    await eventually(() => searchResultLinks(page)).toContain('/npo-aanbod/aanbod/gezonde-school/');
    const links = await searchResultLinks(page);
    expect(links[0]).toBe('/npo-aanbod/aanbod/schoolplein-sport/');
    const cards = page.locator('[data-search-results] article');
    // Found by its own words: they are marked.
    expect(await cards.nth(0).locator('mark').count()).toBeGreaterThan(0);
    // Found by a synonym only: the card shows the summary, with nothing marked and no excerpt.
    const partner = cards.nth(links.indexOf('/npo-aanbod/aanbod/gezonde-school/'));
    await expect(partner.locator('.card-summary').textContent()).resolves.toBe('Ondersteuning bij een gezond schoolbeleid voor iedere vo-school.');
    await expect(partner.locator('mark').count()).resolves.toBe(0);
    await expect(partner.locator('.card-excerpt').count()).resolves.toBe(0);
  });

  test('an excerpt around the page\'s own words never runs into the added ones', async () => {
    // "twee" is only in the body, so the card shows a body excerpt beside the summary.
    const { page } = await session.open('aanbod/?q=twee');
    await eventually(() => searchResultLinks(page)).toContain('/npo-aanbod/aanbod/schoolplein-sport/');
    const card = page.locator('[data-search-results] article', { has: page.locator('a[href="/npo-aanbod/aanbod/schoolplein-sport/"]') });
    const excerpt = (await card.locator('.card-excerpt').textContent()) ?? '';
    expect(excerpt).toContain('natuurwandeling');
    expect(excerpt).not.toMatch(/\bwandeling\b|\bnatuur\b|bewegen/);
  });

  test('the published page holds none of the added words', () => {
    const html = readFileSync(path.join(session.dist, 'aanbod/schoolplein-sport/index.html'), 'utf8');
    expect(html).toContain('natuurwandeling');
    expect(html).not.toMatch(/\bwandeling\b|addedWords|data-pagefind-weight/);
  });
});
