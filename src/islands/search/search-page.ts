/**
 * The search island of /aanbod/: reads the search from the URL, asks Pagefind, shows results
 * and per-filter counts, and writes the search back to the URL so it can be shared and the back
 * button works. Without JavaScript none of this runs and the page is the full grouped list.
 */
import { SEARCH_FILTERS, type SearchFilter } from '../../core/search-filters.ts';
import { allPages, facetCounts, narrowResults, type FacetTable, type FilterCounts } from '../../core/search-facets.ts';
import { RESULTS_PER_BATCH } from '../../core/search-batch.ts';
import { isEmptySearch, queryStringOf, sameSearch, stateFromQueryString, type SearchState } from '../../core/search-state.ts';
import { loadFacets, loadPagefind, type Pagefind } from './pagefind-client.ts';
import { resultCard } from './render-results.ts';

const TYPING_DELAY_MS = 200;

interface Texts {
  /** `{n} interventies gevonden`, with forms for 0 and 1. */
  count: [zero: string, one: string, many: string];
}

interface Parts {
  panel: HTMLElement;
  form: HTMLFormElement;
  query: HTMLInputElement;
  selects: Record<SearchFilter, HTMLSelectElement>;
  status: HTMLElement;
  results: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  fullList: HTMLElement;
  unavailable: HTMLElement;
  texts: Texts;
}

function find<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search page: missing ${selector}`);
  return found;
}

function partsOf(panel: HTMLElement): Parts {
  return {
    panel,
    form: find(panel, 'form'),
    query: find(panel, 'input[name="q"]'),
    selects: Object.fromEntries(SEARCH_FILTERS.map((name) => [name, find(panel, `select[name="${name}"]`)])) as Parts['selects'],
    status: find(panel, '[role="status"]'),
    results: find(panel, '[data-search-results]'),
    list: find(panel, '[data-search-results] ol'),
    more: find(panel, '[data-search-more]'),
    fullList: find(document, '[data-full-list]'),
    unavailable: find(document, '[data-search-unavailable]'),
    texts: JSON.parse(panel.dataset.texts ?? '{}') as Texts,
  };
}

const countText = (texts: Texts, n: number) => (texts.count[n === 0 ? 0 : n === 1 ? 1 : 2] ?? '').replace('{n}', String(n));

function stateOfControls(parts: Parts): SearchState {
  const state: Record<string, string> = { q: parts.query.value };
  for (const name of SEARCH_FILTERS) state[name] = parts.selects[name].value;
  return stateFromQueryString(queryStringOf(state as unknown as SearchState));
}

function showStateInControls(parts: Parts, state: SearchState): void {
  parts.query.value = state.q;
  for (const name of SEARCH_FILTERS) parts.selects[name].value = state[name] ?? '';
}

/** Option texts become "Taalondersteuning (8)": how many results that choice would give. */
function showCounts(parts: Parts, counts: FilterCounts, state: SearchState): void {
  for (const name of SEARCH_FILTERS) {
    for (const option of parts.selects[name].options) {
      if (!option.value) continue;
      const count = counts[name]?.[option.value] ?? 0;
      option.textContent = `${option.dataset.label ?? option.value} (${count})`;
      // A choice with no results stays visible (so people see it exists) but cannot be picked, unless it is the current one.
      option.disabled = count === 0 && state[name] !== option.value;
    }
  }
}

/** `onResultsShown` lets the page add its controls (the choose buttons) to freshly drawn results. */
export async function startSearchPage(panel: HTMLElement, base: string, onResultsShown: (list: HTMLElement) => void = () => {}): Promise<void> {
  const parts = partsOf(panel);
  let pagefind: Pagefind;
  let facets: FacetTable;
  try {
    [pagefind, facets] = await Promise.all([loadPagefind(base), loadFacets(base)]);
  } catch {
    // No index (npm run dev, or a failed upload): the grouped list stays, with a word why search is missing.
    if (!isEmptySearch(stateFromQueryString(location.search))) parts.unavailable.hidden = false;
    return;
  }

  let current = stateFromQueryString(location.search);
  let run = 0;
  let lastChangeWasTyping = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  async function show(state: SearchState): Promise<void> {
    const thisRun = ++run;
    const empty = isEmptySearch(state);
    // Pagefind finds and ranks (or, with no words, lists all in title order); the facet table filters and counts.
    const response = empty ? null : await pagefind.search(state.q || null, { sort: state.q ? undefined : { title: 'asc' } });
    if (thisRun !== run) return; // a newer search started meanwhile
    showCounts(parts, facetCounts(response ? response.results : allPages(facets), facets, state), state);
    parts.fullList.hidden = !empty;
    parts.results.hidden = empty;
    if (!response) {
      parts.status.textContent = '';
      return;
    }
    const results = narrowResults(response.results, facets, state);
    parts.status.textContent = countText(parts.texts, results.length);
    parts.list.replaceChildren();
    let shown = 0;
    const drawMore = async () => {
      const batch = results.slice(shown, shown + RESULTS_PER_BATCH);
      const data = await Promise.all(batch.map((result) => result.data()));
      if (thisRun !== run) return;
      parts.list.append(...data.map((item) => resultCard(item, state.q !== '')));
      onResultsShown(parts.list);
      shown += batch.length;
      parts.more.hidden = shown >= results.length;
    };
    parts.more.onclick = () => void drawMore();
    await drawMore();
  }

  /** A burst of typing makes one history entry; every other change makes its own. */
  function commit(state: SearchState, typing: boolean): void {
    if (sameSearch(state, current)) return;
    const url = `${location.pathname}${queryStringOf(state)}${location.hash}`;
    if (typing && lastChangeWasTyping) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    lastChangeWasTyping = typing;
    current = state;
    void show(state);
  }

  parts.query.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => commit(stateOfControls(parts), true), TYPING_DELAY_MS);
  });
  for (const name of SEARCH_FILTERS) parts.selects[name].addEventListener('change', () => commit(stateOfControls(parts), false));
  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    commit(stateOfControls(parts), false);
  });
  parts.form.addEventListener('reset', (event) => {
    event.preventDefault();
    showStateInControls(parts, { q: '' });
    commit({ q: '' }, false);
    parts.query.focus();
  });
  window.addEventListener('popstate', () => {
    current = stateFromQueryString(location.search);
    lastChangeWasTyping = false;
    showStateInControls(parts, current);
    void show(current);
  });

  showStateInControls(parts, current);
  panel.hidden = false;
  await show(current);
}
