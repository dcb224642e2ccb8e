/**
 * What the build adds to each intervention page's search record: the parts of its Dutch
 * compounds and its synonyms (src/core/search/added-words.ts), in an element that exists only
 * in what Pagefind is handed, never in the published page.
 */
import type { Catalogue } from '../core/catalogue/catalogue-model.ts';
import { addedWords, compoundParts, type SearchVocabulary } from '../core/search/added-words.ts';
import { ADDED_WORDS_META } from '../core/search/result-meta.ts';
import { wordsOf } from '../core/search/words.ts';
import { escapeHtml } from '../core/strings/escape-html.ts';
import { compoundWordList } from './dutch-words.ts';
import type { RawIntervention } from './read-content.ts';

/**
 * Added words weigh less than the page's own, so a page that says the searched word ranks above
 * one that only has it as a part or a synonym.
 */
const ADDED_WORDS_WEIGHT = 0.5;

/** Title, summary, tags and body: the words a page is found by. */
function searchableText(catalogue: Catalogue, interventions: RawIntervention[]): Map<string, string> {
  const bodies = new Map(interventions.map((raw) => [raw.id, raw.body]));
  return new Map(catalogue.interventions.map((item) => [item.id, [item.title, item.summary, item.tags.join(' '), bodies.get(item.id) ?? ''].join('\n')]));
}

/** Added words per intervention id; compounds are split only in a Dutch catalogue. */
export function addedWordsByIntervention(catalogue: Catalogue, interventions: RawIntervention[]): Map<string, string[]> {
  const texts = searchableText(catalogue, interventions);
  const catalogueWords = new Set([...texts.values()].flatMap(wordsOf));
  const vocabulary: SearchVocabulary = {
    compoundWords: catalogue.site.language === 'nl' ? compoundWordList(catalogueWords) : undefined,
    synonyms: catalogue.synonyms ?? [],
  };
  const partsOf = compoundParts(vocabulary);
  return new Map([...texts].map(([id, text]) => [id, addedWords(text, vocabulary, partsOf)]));
}

/**
 * The page as Pagefind should read it: the added words at the end of the searchable article,
 * weighted low, with their count as meta so the search page can keep them out of excerpts.
 */
export function withAddedWords(html: string, words: string[], file: string): string {
  if (words.length === 0) return html;
  const body = html.indexOf('data-pagefind-body');
  const end = html.lastIndexOf('</article>');
  if (body < 0 || end < body) throw new Error(`Search index: ${file} has no <article data-pagefind-body> to add search words to`);
  const block =
    `<div data-pagefind-weight="${ADDED_WORDS_WEIGHT}"><p>${escapeHtml(words.join(' '))}</p>` +
    `<meta data-pagefind-meta="${ADDED_WORDS_META}[content]" content="${words.length}"></div>`;
  return html.slice(0, end) + block + html.slice(end);
}
