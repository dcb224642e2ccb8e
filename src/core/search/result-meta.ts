/**
 * The Pagefind meta fields of an intervention page: the build writes them into the page
 * (SearchMeta.astro, the page's title and summary, the count of added search words) and the search
 * page reads them back for each result. One definition, so writer and reader name the same keys.
 */
import type { Intervention } from '../catalogue/catalogue-model.ts';
import type { ChooseLimits } from '../choosing/choose-limits.ts';
import { costText } from '../money/cost-text.ts';
import type { Domain } from '../schema/domain.ts';
import { offerLabels, schoolTypeLabels, type Language } from '../strings/labels.ts';
import { schoolTypesInWords } from '../strings/list-words.ts';

/** What a result card shows and its "Kies dit aanbod" button needs; a field left undefined is not stored. */
export interface ResultCardMeta {
  /** The intervention's id, for the choose button. */
  intervention: string;
  /** The school types it is for, as codes separated by spaces: `po so vo`. */
  school_types: string;
  /** The choose limits the build decided (choose-limits.ts). */
  choose_unavailable: string | undefined;
  choose_full: string | undefined;
  /** The schools that hold a place in a full offer, separated by spaces. */
  choose_choosers: string | undefined;
  domain_label: string;
  domain_color: string | undefined;
  offer: Intervention['offer'];
  offer_label: string;
  /** The provider's name, as on the browse cards. */
  provider: string;
  cost: string;
  school_types_label: string;
}

/** Every meta field of a result: the card's, the title and summary the page marks, and the added words' count. */
export type ResultMetaKey = keyof ResultCardMeta | 'title' | 'summary' | 'addedWords';

/** A result's meta as Pagefind returns it: known keys, values still to be checked. */
export type StoredResultMeta = Partial<Record<ResultMetaKey, string>>;

/** The meta field that tells the search page how many words at a record's end the build added. */
export const ADDED_WORDS_META = 'addedWords' satisfies ResultMetaKey;

export function resultCardMeta(intervention: Intervention, domain: Domain, providerName: string, limits: ChooseLimits, language: Language): ResultCardMeta {
  return {
    intervention: intervention.id,
    school_types: intervention.schoolTypes.join(' '),
    choose_unavailable: limits.unavailable,
    choose_full: limits.full,
    choose_choosers: limits.choosers?.join(' '),
    domain_label: domain.label,
    domain_color: domain.color,
    offer: intervention.offer,
    offer_label: offerLabels[language][intervention.offer],
    provider: providerName,
    cost: costText(intervention, language),
    school_types_label: schoolTypesInWords(intervention.schoolTypes.map((type) => schoolTypeLabels[language][type]), language),
  };
}
