/**
 * "Past bij uw behoeften" on /keuzes/: core's needsView for the school being chosen for, with for
 * each offer whether it can be chosen now and, when it cannot, why in words: outside its
 * `available` window on the build date, or every place already taken by other schools. The
 * page disables that offer's control and names the reason beside it.
 */
import type { Catalogue, School } from '../catalogue/catalogue-model.ts';
import { indexOf, mustGet } from '../catalogue/catalogue-model.ts';
import type { Language } from '../strings/labels.ts';
import { whyNotChoosable } from '../choosing/choose-limits.ts';
import { fitStrings } from './fit-strings.ts';
import { needsView, type NeedsItem, type NeedsView } from './needs-view.ts';
import { chooseLimits } from '../choosing/offer-limits.ts';

export interface ChoosableNeedsItem extends NeedsItem {
  /** Why it cannot be chosen now; undefined when it can. */
  blocked?: string;
}

export interface ChoosableNeedsView extends NeedsView {
  items: ChoosableNeedsItem[];
}

/** Undefined when the school names no needs (the page shows no section then). */
export function choosableNeedsView(school: School, catalogue: Catalogue, buildDate: string, language: Language): ChoosableNeedsView | undefined {
  const view = needsView(school, catalogue, buildDate, language);
  if (!view) return undefined;
  const { interventions } = indexOf(catalogue);
  const s = fitStrings(language);
  const items = view.items.map((item): ChoosableNeedsItem => {
    // The same limits as the "Kies dit aanbod" button on the offer's own page.
    const blocked = whyNotChoosable(chooseLimits(mustGet(interventions, item.interventionId, 'intervention'), catalogue, buildDate, language), school.id);
    return { ...item, ...(blocked ? { blocked } : {}) };
  });
  // The page has no listing by domain below: the whole offer is a menu item away.
  return { ...view, intro: s.fitsYourNeedsChoosingIntro(view.needsInWords), items, ...(view.empty ? { empty: s.nothingForNeedsChoosing } : {}) };
}
