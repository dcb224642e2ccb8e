/**
 * Money is kept as integer cents inside (no floating-point drift when adding charges)
 * and formatted once, at the edge, in Dutch notation: `€ 1.250,00`.
 */
export type Cents = number;

export const eurosToCents = (euros: number): Cents => Math.round(euros * 100);

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats cents as euros, `€ 1.250,00` for Dutch. Intl puts a no-break space after the sign;
 * it becomes a plain space so the text searches and copies as people type it (pages keep the
 * amount on one line with CSS instead).
 */
export function formatMoney(cents: Cents, locale = 'nl-NL'): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    formatters.set(locale, formatter);
  }
  return formatter.format(cents / 100).replace(/\u00a0/g, ' ');
}
