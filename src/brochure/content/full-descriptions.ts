/**
 * Which interventions a school's brochure describes in full (with their body text).
 *
 * A school's brochure must stay a printable document. With a catalogue of normal size it
 * describes every intervention for the school's type in full. When the school's offer is so large
 * that this would run to hundreds of pages, only the fixed offer and the school's own choices are
 * described in full, with their providers' contact details. The rest of the menu is a table per
 * domain of title, cost and unit, duration and provider, pointing to the website and the catalogue
 * brochure for summary and description. The summary is left out of that table on purpose: with
 * it, a large menu's rows alone run to dozens of pages, and the brochure is no longer printable
 * (nor under its size goal; figures in docs/dev/brochure-bytes.md). What is printed in full
 * counts the fixed offer too: with a large fixed offer, only the choices stay in full and the
 * fixed offer becomes a table like the menu.
 */
import type { SchoolOffer } from '../../core/catalogue/school-offer.ts';
import type { BrochureSettings } from '../../core/schema/brochure-settings.ts';
import { isShownInFull } from '../../core/catalogue/offer-size.ts';


/** Is the intervention with this id described in full? */
export type DescribedInFull = (interventionId: string) => boolean;

/**
 * `all`: every intervention of the offer in full; `chosen`: the fixed offer and the school's
 * choices; `choices`: only the school's choices, when the fixed offer and the choices together
 * would be more than a brochure holds in full (a catalogue with a large fixed offer).
 */
export type FullDescriptions = 'all' | 'chosen' | 'choices';

/**
 * How many interventions a school's brochure describes in full beside the tables of a large
 * offer: those tables already fill dozens of pages, so the fixed offer stays in full only while it
 * and the choices together are a handful.
 */
export const IN_FULL_BESIDE_TABLES = 15;

export function fullDescriptionsMode(offer: SchoolOffer, settings: BrochureSettings | undefined): FullDescriptions {
  if (settings?.fullDescriptions) return settings.fullDescriptions;
  // Without a setting, the same size that makes the school's page show cards: see offer-size.ts.
  if (isShownInFull(offer)) return 'all';
  const fixed = offer.fixed.reduce((sum, group) => sum + group.items.length, 0);
  const chosen = offer.optional.reduce((sum, group) => sum + group.items.filter((item) => item.chosen).length, 0);
  return fixed + chosen <= IN_FULL_BESIDE_TABLES ? 'chosen' : 'choices';
}

export function describedInFull(offer: SchoolOffer, settings: BrochureSettings | undefined): DescribedInFull {
  const mode = fullDescriptionsMode(offer, settings);
  if (mode === 'all') return () => true;
  const fixed = mode === 'chosen' ? offer.fixed.flatMap((group) => group.items) : [];
  const menu = offer.optional.flatMap((group) => group.items);
  const full = new Set([...fixed.map((intervention) => intervention.id), ...menu.filter((item) => item.chosen).map((item) => item.intervention.id)]);
  return (interventionId) => full.has(interventionId);
}
