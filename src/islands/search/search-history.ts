/**
 * The search island's state: which search is shown, and how a change enters the browser's
 * history. Plain data and pure steps, so the rules (one history entry per burst of typing, none
 * for a search that did not change) are tested without a browser; the wiring applies the steps.
 */
import { queryStringOf, sameSearch, type SearchState } from '../../core/search/search-state.ts';

export interface SearchHistory {
  /** The search the page shows and the URL holds. */
  current: SearchState;
  /** Whether the entry on top of the history came from typing, so more typing replaces it. */
  lastChangeWasTyping: boolean;
}

/** What to do with the browser's history after a change: nothing, or push or replace this URL query. */
export type HistoryStep =
  | { kind: 'unchanged' }
  | { kind: 'push' | 'replace'; queryString: string; history: SearchHistory };

/** The history when the page opens or the back button restores a search. */
export const historyAt = (state: SearchState): SearchHistory => ({ current: state, lastChangeWasTyping: false });

/** A burst of typing makes one history entry; every other change makes its own. */
export function changeSearch(history: SearchHistory, next: SearchState, typing: boolean): HistoryStep {
  if (sameSearch(next, history.current)) return { kind: 'unchanged' };
  return {
    kind: typing && history.lastChangeWasTyping ? 'replace' : 'push',
    queryString: queryStringOf(next),
    history: { current: next, lastChangeWasTyping: typing },
  };
}

/**
 * Searches overlap when someone types on: each one asks `isLatest()` after every wait and stops
 * drawing once a newer search has started, so an older answer never overwrites a newer one.
 */
export function latestRunGuard(): () => { isLatest: () => boolean } {
  let run = 0;
  return () => {
    const thisRun = ++run;
    return { isLatest: () => thisRun === run };
  };
}
