/**
 * The search page's elements, found once, and the small DOM steps that copy a search and a view
 * (search-view.ts) onto them or read a search back from them.
 */
import type { FilterCounts } from '../../core/search/facet-table.ts';
import { SEARCH_FILTERS, type SearchFilter } from '../../core/search/search-filters.ts';
import type { SearchState } from '../../core/search/search-state.ts';
import { controlsState, optionView, type PageView, type SearchTexts } from './search-view.ts';

export interface SearchParts {
  form: HTMLFormElement;
  query: HTMLInputElement;
  selects: Record<SearchFilter, HTMLSelectElement>;
  status: HTMLElement;
  results: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  fullList: HTMLElement;
  unavailable: HTMLElement;
  texts: SearchTexts;
}

function find<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search page: missing ${selector}`);
  return found;
}

export function searchPartsOf(panel: HTMLElement): SearchParts {
  return {
    form: find(panel, 'form'),
    query: find(panel, 'input[name="q"]'),
    selects: Object.fromEntries(SEARCH_FILTERS.map((name) => [name, find(panel, `select[name="${name}"]`)])) as SearchParts['selects'],
    status: find(panel, '[role="status"]'),
    results: find(panel, '[data-search-results]'),
    list: find(panel, '[data-search-results] ol'),
    more: find(panel, '[data-search-more]'),
    fullList: find(document, '[data-full-list]'),
    unavailable: find(document, '[data-search-unavailable]'),
    texts: JSON.parse(panel.dataset.texts ?? '{}') as SearchTexts,
  };
}

export function readControls(parts: SearchParts): SearchState {
  const values = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, parts.selects[name].value]));
  return controlsState(parts.query.value, values as Record<SearchFilter, string>);
}

export function showInControls(parts: SearchParts, state: SearchState): void {
  parts.query.value = state.q;
  for (const name of SEARCH_FILTERS) parts.selects[name].value = state[name] ?? '';
}

export function showCounts(parts: SearchParts, counts: FilterCounts, state: SearchState): void {
  for (const name of SEARCH_FILTERS) {
    for (const option of parts.selects[name].options) {
      if (!option.value) continue;
      const view = optionView(name, { value: option.value, label: option.dataset.label ?? option.value }, counts, state);
      option.textContent = view.text;
      option.disabled = view.disabled;
    }
  }
}

export function showPage(parts: SearchParts, view: PageView): void {
  parts.fullList.hidden = !view.showFullList;
  parts.results.hidden = !view.showResults;
  parts.status.textContent = view.status;
}
