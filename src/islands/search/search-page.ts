/**
 * The search island of /aanbod/: reads the search from the URL, asks Pagefind, shows results
 * and per-filter counts, and writes the search back to the URL so it can be shared and the back
 * button works. Without JavaScript none of this runs and the page is the full grouped list.
 * This file only wires: the state lives in search-history.ts, what is shown is decided in
 * search-view.ts, and search-controls.ts and render-results.ts copy it onto the page.
 */
import { RESULTS_PER_BATCH } from '../../core/search/search-batch.ts';
import { allPages, facetCounts, narrowResults, type FacetTable } from '../../core/search/facet-table.ts';
import { SEARCH_FILTERS } from '../../core/search/search-filters.ts';
import { isEmptySearch, stateFromQueryString, type SearchState } from '../../core/search/search-state.ts';
import { loadFacets, loadPagefind, type Pagefind, type PagefindResult } from './pagefind-client.ts';
import { resultCard } from './render-results.ts';
import { readControls, searchPartsOf, showCounts, showInControls, showPage, type SearchParts } from './search-controls.ts';
import { changeSearch, historyAt, latestRunGuard, type SearchHistory } from './search-history.ts';
import { nextBatch, pageView, resultCardView } from './search-view.ts';

const TYPING_DELAY_MS = 200;

interface Search {
  pagefind: Pagefind;
  facets: FacetTable;
  parts: SearchParts;
  onResultsShown: (list: HTMLElement) => void;
}

/** Draws a list of results 10 at a time; "Meer resultaten tonen" draws the next batch. */
function drawResults(search: Search, results: PagefindResult[], state: SearchState, isLatest: () => boolean): Promise<void> {
  const { parts } = search;
  let shown = 0;
  const drawMore = async () => {
    const batch = nextBatch(shown, results.length, RESULTS_PER_BATCH);
    const data = await Promise.all(results.slice(batch.start, batch.end).map((result) => result.data()));
    if (!isLatest()) return;
    parts.list.append(...data.map((item) => resultCard(resultCardView(item, state.q, parts.texts))));
    search.onResultsShown(parts.list);
    shown = batch.end;
    parts.more.hidden = !batch.moreAfter;
  };
  parts.list.replaceChildren();
  parts.more.onclick = () => void drawMore();
  return drawMore();
}

/** Pagefind finds and ranks (or, with no words, lists all in title order); the facet table filters and counts. */
async function show(search: Search, state: SearchState, isLatest: () => boolean): Promise<void> {
  const { pagefind, facets, parts } = search;
  const empty = isEmptySearch(state);
  const response = empty ? null : await pagefind.search(state.q || null, { sort: state.q ? undefined : { title: 'asc' } });
  if (!isLatest()) return;
  showCounts(parts, facetCounts(response ? response.results : allPages(facets), facets, state), state);
  if (!response) return showPage(parts, pageView(parts.texts, null));
  const results = narrowResults(response.results, facets, state);
  showPage(parts, pageView(parts.texts, results.length));
  await drawResults(search, results, state, isLatest);
}

/** `onResultsShown` lets the page add its controls (the choose buttons) to freshly drawn results. */
export async function startSearchPage(panel: HTMLElement, base: string, onResultsShown: (list: HTMLElement) => void = () => {}): Promise<void> {
  const parts = searchPartsOf(panel);
  let pagefind: Pagefind;
  let facets: FacetTable;
  try {
    [pagefind, facets] = await Promise.all([loadPagefind(base), loadFacets(base)]);
  } catch {
    // No index (npm run dev, or a failed upload): the grouped list stays, with a word why search is missing.
    panel.hidden = true;
    if (!isEmptySearch(stateFromQueryString(location.search))) parts.unavailable.hidden = false;
    return;
  }
  const search: Search = { pagefind, facets, parts, onResultsShown };
  const startRun = latestRunGuard();
  const showLatest = (state: SearchState) => show(search, state, startRun().isLatest);
  let history: SearchHistory = historyAt(stateFromQueryString(location.search));
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  function commit(state: SearchState, typing: boolean): void {
    const step = changeSearch(history, state, typing);
    if (step.kind === 'unchanged') return;
    const url = `${location.pathname}${step.queryString}${location.hash}`;
    if (step.kind === 'replace') window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    history = step.history;
    void showLatest(state);
  }

  parts.query.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => commit(readControls(parts), true), TYPING_DELAY_MS);
  });
  for (const name of SEARCH_FILTERS) parts.selects[name].addEventListener('change', () => commit(readControls(parts), false));
  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    commit(readControls(parts), false);
  });
  parts.form.addEventListener('reset', (event) => {
    event.preventDefault();
    showInControls(parts, { q: '' });
    commit({ q: '' }, false);
    parts.query.focus();
  });
  window.addEventListener('popstate', () => {
    history = historyAt(stateFromQueryString(location.search));
    showInControls(parts, history.current);
    void showLatest(history.current);
  });

  // The panel shows before Pagefind has loaded: words typed meanwhile are searched, not wiped.
  const typedEarly = parts.query.value.trim();
  showInControls(parts, history.current);
  panel.dataset.ready = '';
  if (typedEarly && typedEarly !== history.current.q) {
    parts.query.value = typedEarly;
    commit(readControls(parts), true);
  } else await showLatest(history.current);
}
