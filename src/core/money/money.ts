/**
 * Money is kept as integer cents inside (no floating-point drift when adding charges)
 * and formatted once, here, in the site's language: `€ 1.250,00` in Dutch.
 */
import { localeOf, type Language } from '../strings/labels.ts';

export type Cents = number;

export const eurosToCents = (euros: number): Cents => Math.round(euros * 100);

/** Back to euros for what people read and edit as euros: the content files aanbodgids writes. */
export const centsToEuros = (cents: Cents): number => cents / 100;

const formatters = new Map<Language, Intl.NumberFormat>();

/**
 * Formats cents as euros in the site's language. Intl puts a no-break space after the sign;
 * it becomes a plain space so the text searches and copies as people type it (pages keep the
 * amount on one line with CSS instead).
 */
export function formatMoney(cents: Cents, language: Language = 'nl'): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' });
    formatters.set(language, formatter);
  }
  return formatter.format(cents / 100).replace(/\u00a0/g, ' ');
}
