/**
 * How large a school's offer is, and so how its page lists it. Up to the same size at which its
 * brochure still describes every intervention in full (30, see brochure/content/full-descriptions.ts),
 * the page shows cards with summaries; a larger offer (a catalogue of 1,000 interventions offers a
 * school type some 590) is a compact table per domain, as in the brochure, so the page stays light.
 */
import type { SchoolOffer } from './offer.ts';

export const OFFER_AS_CARDS_UP_TO = 30;

export function interventionsInOffer(offer: SchoolOffer): number {
  return [...offer.fixed, ...offer.optional].reduce((sum, group) => sum + group.items.length, 0);
}

export function listsOfferAsCards(offer: SchoolOffer): boolean {
  return interventionsInOffer(offer) <= OFFER_AS_CARDS_UP_TO;
}
