import { describe, expect, test } from 'vitest';
import { changeSearch, historyAt, latestRunGuard } from '../../src/islands/search/search-history.ts';

describe('how searches on /aanbod/ enter the browser history', () => {
  test('a new search adds a history entry with its URL query', () => {
    const step = changeSearch(historyAt({ q: '' }), { q: 'lezen', aanbod: 'keuze' }, false);
    expect(step).toEqual({
      kind: 'push',
      queryString: '?q=lezen&aanbod=keuze',
      history: { current: { q: 'lezen', aanbod: 'keuze' }, lastChangeWasTyping: false },
    });
  });

  test('a burst of typing makes one entry: the first keystroke pushes, the next ones replace', () => {
    const first = changeSearch(historyAt({ q: '' }), { q: 'le' }, true);
    expect(first.kind).toBe('push');
    if (first.kind === 'unchanged') throw new Error('expected a change');
    const second = changeSearch(first.history, { q: 'lezen' }, true);
    expect(second.kind).toBe('replace');
  });

  test('a filter chosen after typing gets its own entry, so back returns to the typed words', () => {
    const typed = changeSearch(historyAt({ q: '' }), { q: 'lezen' }, true);
    if (typed.kind === 'unchanged') throw new Error('expected a change');
    expect(changeSearch(typed.history, { q: 'lezen', schooltype: 'po' }, false).kind).toBe('push');
  });

  test('typing after the back button starts a new entry instead of replacing the restored one', () => {
    expect(changeSearch(historyAt({ q: 'taal' }), { q: 'taal en' }, true).kind).toBe('push');
  });

  test('a search that reads the same as the current one changes nothing', () => {
    expect(changeSearch(historyAt({ q: 'lezen' }), { q: ' lezen ' }, true)).toEqual({ kind: 'unchanged' });
  });
});

describe('overlapping searches', () => {
  test('only the search started last may draw its answer', () => {
    const startRun = latestRunGuard();
    const older = startRun();
    expect(older.isLatest()).toBe(true);
    const newer = startRun();
    expect(older.isLatest()).toBe(false);
    expect(newer.isLatest()).toBe(true);
  });
});
