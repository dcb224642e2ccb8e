/**
 * How a school's brochure prints its menu (keuzeaanbod): every item described in full, one
 * table row per item, or, for a menu too large for rows, one summary row per domain.
 *
 * Rows stop being a brochure somewhere: a national catalogue offers a school type thousands of
 * menu items, a hundred pages of rows that nobody prints, and drawing such a brochure for every
 * school took most of the build (figures in docs/dev/brochure-bytes.md). Above MENU_ROWS_UP_TO
 * menu items the menu is summarised per domain (number of interventions, lowest and highest
 * price) with the addresses of the catalogue's web pages and of aanbod.pdf; the fixed offer, the
 * school's own choices (in full), the budget overview and the providers stay as they are.
 */
import type { SchoolOffer } from '../../core/catalogue/school-offer.ts';
import type { BrochureSettings } from '../../core/schema/brochure-settings.ts';
import type { Domain } from '../../core/schema/domain.ts';
import { unitPriceOf } from '../../core/budget/charges.ts';
import type { Cents } from '../../core/money/money.ts';
import { fullDescriptionsMode } from './full-descriptions.ts';

/**
 * The most menu items a school's brochure lists as table rows when site.yaml's
 * `brochure.menuRowsUpTo` does not say: some ten pages of table. A longer menu is not read on
 * paper but searched and filtered on the site, and its rows (each cell a tagged table cell)
 * would make every school's brochure several times larger and slower to draw; a team that
 * wants the rows anyway raises the limit in site.yaml.
 */
export const MENU_ROWS_UP_TO = 250;

export type MenuForm = 'described' | 'rows' | 'summary';

export function menuForm(offer: SchoolOffer, settings: BrochureSettings | undefined): MenuForm {
  if (fullDescriptionsMode(offer, settings) === 'all') return 'described';
  const menuItems = offer.optional.reduce((sum, group) => sum + group.items.length, 0);
  return menuItems <= (settings?.menuRowsUpTo ?? MENU_ROWS_UP_TO) ? 'rows' : 'summary';
}

/** One domain of a summarised menu: how many items, and the range of their unit prices. */
export interface DomainSummary {
  domain: Domain;
  count: number;
  /** Unit prices (per school, pupil, group or session alike); a free item counts as 0. */
  lowest: Cents;
  highest: Cents;
}

export function menuSummary(offer: SchoolOffer): DomainSummary[] {
  return offer.optional.map(({ domain, items }) => {
    const prices = items.map(({ intervention }) => unitPriceOf(intervention));
    return { domain, count: items.length, lowest: Math.min(...prices), highest: Math.max(...prices) };
  });
}
