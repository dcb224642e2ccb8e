/**
 * How large a school's offer is, and so how fully it is shown. Up to OFFER_IN_FULL_UP_TO
 * interventions (fixed and menu together) the page shows cards with summaries and the brochure
 * describes every intervention in full (about a page each, so some 40 pages at most). A larger
 * offer (a catalogue of 1,000 interventions offers a school type some 590) is a compact table per
 * domain on the page, and in the brochure only the fixed offer and the choices are in full.
 */
import type { SchoolOffer } from './school-offer.ts';

export const OFFER_IN_FULL_UP_TO = 30;

function interventionsInOffer(offer: Pick<SchoolOffer, 'fixed' | 'optional'>): number {
  return [...offer.fixed, ...offer.optional].reduce((sum, group) => sum + group.items.length, 0);
}

export function isShownInFull(offer: Pick<SchoolOffer, 'fixed' | 'optional'>): boolean {
  return interventionsInOffer(offer) <= OFFER_IN_FULL_UP_TO;
}
