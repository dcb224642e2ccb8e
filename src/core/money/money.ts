/**
 * Money is kept as integer cents inside (no floating-point drift when adding charges)
 * and formatted once, here, in the site's language: `€ 1.250,00` in Dutch.
 */
import { memoize } from '../cache/memoize.ts';
import { localeOf, type Language } from '../strings/labels.ts';

export type Cents = number;

export const eurosToCents = (euros: number): Cents => Math.round(euros * 100);

/** Back to euros for what people read and edit as euros: the content files aanbodgids writes. */
export const centsToEuros = (cents: Cents): number => cents / 100;

// Made once per language: creating an Intl formatter costs far more than formatting with it.
const currencyFormat = memoize((language: Language) => new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' }));

/**
 * Formats cents as euros in the site's language. Intl puts a no-break space after the sign;
 * it becomes a plain space so the text searches and copies as people type it (pages keep the
 * amount on one line with CSS instead).
 */
export function formatMoney(cents: Cents, language: Language = 'nl'): string {
  return currencyFormat(language).format(cents / 100).replace(/\u00a0/g, ' ');
}
