/** What an intervention costs a school, in words: the one text every page, brochure and list shows. */
import { costUnitLabels, type Language } from '../strings/labels.ts';
import { formatMoney, type Cents } from './money.ts';
import type { Cost, OfferKind } from '../schema/intervention.ts';
import { uiStrings } from '../strings/ui-strings.ts';
import { unitPriceOf } from '../budget/charges.ts';

/** "€ 12,50 per leerling", or the word for free when there is no cost or it is zero. */
export function unitPriceText(cost: Cost | undefined, language: Language): string {
  const cents: Cents = unitPriceOf({ cost });
  if (!cost || cents === 0) return uiStrings(language).free;
  return `${formatMoney(cents, language)} ${costUnitLabels[language][cost.per]}`;
}

/** The cost as a school reads it: fixed offer is paid centrally, optional offer costs its unit price. */
export function costText(intervention: { offer: OfferKind; cost?: Cost }, language: Language): string {
  return intervention.offer === 'fixed' ? uiStrings(language).paidCentrally : unitPriceText(intervention.cost, language);
}
