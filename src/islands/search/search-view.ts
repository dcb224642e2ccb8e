/**
 * What the search page shows, as plain data: the status line, which part of the page is
 * visible, the filter options with their counts, and each result card. The DOM code only copies
 * these onto elements, so every decision here is tested without a browser.
 */
import { pageExcerpt } from '../../core/search/excerpt.ts';
import type { FilterCounts } from '../../core/search/facet-table.ts';
import { SEARCH_FILTERS, type SearchFilter } from '../../core/search/search-filters.ts';
import { stateFromQueryString, type SearchState } from '../../core/search/search-state.ts';
import type { PagefindResultData } from './pagefind-client.ts';
import { hasMatch, highlightParts, searchTerms, type TextPart } from './highlight.ts';

export interface SearchTexts {
  /** `{n} interventies gevonden`, with forms for 0 and 1. */
  count: [zero: string, one: string, many: string];
  /** Labels of a result card's facts, as on the browse cards. */
  facts: { provider: string; cost: string; schoolTypes: string };
}

export const countText = (texts: SearchTexts, n: number): string =>
  (texts.count[n === 0 ? 0 : n === 1 ? 1 : 2] ?? '').replace('{n}', String(n));

export interface PageView {
  /** The grouped list of the whole offer, shown when nothing is searched. */
  showFullList: boolean;
  showResults: boolean;
  status: string;
}

/** `resultCount` is null for an empty search: no results to count, the full list instead. */
export function pageView(texts: SearchTexts, resultCount: number | null): PageView {
  if (resultCount === null) return { showFullList: true, showResults: false, status: '' };
  return { showFullList: false, showResults: true, status: countText(texts, resultCount) };
}

export interface FilterOption {
  value: string;
  label: string;
}

export interface OptionView {
  text: string;
  disabled: boolean;
}

/**
 * An option reads "Taalondersteuning (8)": how many results that choice would give. A choice
 * with no results stays visible (so people see it exists) but cannot be picked, unless it is
 * the current one.
 */
export function optionView(filter: SearchFilter, option: FilterOption, counts: FilterCounts, state: SearchState): OptionView {
  const count = counts[filter]?.[option.value] ?? 0;
  return { text: `${option.label} (${count})`, disabled: count === 0 && state[filter] !== option.value };
}

/** Reads the filter controls' values back as a search; invalid values are dropped as in a URL. */
export function controlsState(query: string, values: Record<SearchFilter, string>): SearchState {
  const params = new URLSearchParams({ q: query });
  for (const filter of SEARCH_FILTERS) if (values[filter]) params.set(filter, values[filter]);
  return stateFromQueryString(params.toString());
}

/** The next batch of results to draw, after `shown` of `total`, and whether more remain after it. */
export function nextBatch(shown: number, total: number, perBatch: number): { start: number; end: number; moreAfter: boolean } {
  const end = Math.min(shown + perBatch, total);
  return { start: shown, end, moreAfter: end < total };
}

export interface ResultCardView {
  offer: 'fixed' | 'optional';
  title: string;
  href: string;
  /** The summary, with the searched words marked. */
  summary: TextPart[];
  /**
   * Pagefind's excerpt of the body (HTML with `<mark>`, between ellipses), only when the words
   * were found in the body and not in the title or summary; else null.
   */
  excerpt: string | null;
  /** Provider, cost and school types, labelled as on the browse cards; facts without a value are left out. */
  facts: { label: string; value: string }[];
  offerLabel: string;
  domainLabel: string;
  domainColor: string | undefined;
  /** The choose control's data (its host's data attributes), for optional offer only. */
  choose: { intervention: string; schoolTypes: string; unavailable?: string; full?: string; choosers?: string } | undefined;
}

/** Colours are checked as hex codes by the site schema; this only keeps anything else out of a style. */
const safeColor = (color: string | undefined): string | undefined =>
  color && /^#[0-9a-f]{3,6}$/i.test(color) ? color : undefined;

type ChooseData = NonNullable<ResultCardView['choose']>;

/** The choose control's data from the meta SearchMeta.astro stored, its limits only when there are any. */
function chooseData(intervention: string, meta: PagefindResultData['meta']): ChooseData {
  const { choose_unavailable: unavailable, choose_full: full, choose_choosers: choosers } = meta;
  return { intervention, schoolTypes: meta.school_types ?? '', ...(unavailable && { unavailable }), ...(full && { full }), ...(choosers && { choosers }) };
}

/** Pagefind cuts its excerpt at words; the ellipses say the text goes on around it. */
const excerptBetweenEllipses = (excerpt: string): string => `… ${excerpt.trim()} …`;

/**
 * One result, as the browse cards show it: title linking to the page, the summary with the
 * searched words marked, badges, provider, cost and school types; a body excerpt only when the
 * words are in the body alone.
 */
export function resultCardView(data: PagefindResultData, query: string, texts?: SearchTexts): ResultCardView {
  const { meta } = data;
  const offer = meta.offer === 'fixed' ? 'fixed' : 'optional';
  const terms = searchTerms(query);
  const title = meta.title ?? data.url;
  const summary = meta.summary ?? '';
  // Without the words the build added to the search record: they are never shown.
  const bodyExcerpt = pageExcerpt(data);
  const inBodyOnly = terms.length > 0 && Boolean(bodyExcerpt) && !hasMatch(`${title} ${summary}`, terms);
  const facts = texts
    ? [
        { label: texts.facts.provider, value: meta.provider ?? '' },
        { label: texts.facts.cost, value: meta.cost ?? '' },
        { label: texts.facts.schoolTypes, value: meta.school_types_label ?? '' },
      ].filter((fact) => fact.value)
    : [];
  return {
    offer,
    title,
    href: data.url,
    summary: highlightParts(summary, terms),
    excerpt: inBodyOnly && bodyExcerpt ? excerptBetweenEllipses(bodyExcerpt) : null,
    facts,
    offerLabel: meta.offer_label ?? '',
    domainLabel: meta.domain_label ?? '',
    domainColor: safeColor(meta.domain_color),
    choose: offer === 'optional' && meta.intervention ? chooseData(meta.intervention, meta) : undefined,
  };
}
