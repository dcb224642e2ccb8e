/**
 * The limits on amounts and counts that content, the /keuzes/ page and any import share, so a
 * typo (`1.005`, `1e300`, a misplaced decimal point) is refused instead of silently becoming a
 * different figure. Amounts are written in euros with at most two decimals; beyond these limits
 * a value is far more likely a mistake than a real price, and totals stay exact integers.
 */

/** The most one price (an intervention's cost amount, a per-pupil budget) may be: € 1.000.000. */
export const MAX_AMOUNT_EUROS = 1_000_000;
/** The most a budget (a school's own, or site.yaml's base) may be: € 100.000.000. */
export const MAX_BUDGET_EUROS = 100_000_000;
/** The most units a count (a choice's quantity, a school's pupils) may be. */
export const MAX_QUANTITY = 100_000;

/**
 * The least a choice's quantity may be. A choice of 0 stays a choice (the school takes part, for
 * now with nobody) and is charged nothing; the build warns about it so a slip (0 for 10) is seen.
 */
export const LEAST_QUANTITY = 0;

/** Which limit applies to an amount in euros. */
export type AmountKind = 'amount' | 'budget';
const MAX_EUROS: Record<AmountKind, number> = { amount: MAX_AMOUNT_EUROS, budget: MAX_BUDGET_EUROS };

/** Why an amount or count is refused; each is a problem kind with a Dutch and an English text. */
export type LimitIssue = 'not-a-number' | 'negative-euros' | 'too-many-decimals' | 'above-maximum' | 'not-whole' | 'below-one' | 'below-zero';

/**
 * True when a number is written with at most two decimals. `toFixed(2)` rounds to cents; only a
 * number that already was whole cents survives the round trip unchanged (`1.005` does not).
 */
export const hasAtMostTwoDecimals = (euros: number): boolean => Number(euros.toFixed(2)) === euros;

/** Checks an amount written in euros against the rules of its kind; undefined when it is fine. */
export function amountIssue(euros: number, kind: AmountKind): LimitIssue | undefined {
  if (!Number.isFinite(euros)) return 'not-a-number';
  if (euros < 0) return 'negative-euros';
  if (euros > MAX_EUROS[kind]) return 'above-maximum';
  if (!hasAtMostTwoDecimals(euros)) return 'too-many-decimals';
  return undefined;
}

/** Checks a choice's quantity: a whole number from LEAST_QUANTITY up to MAX_QUANTITY; undefined when it is fine. */
export const quantityIssue = (quantity: number): LimitIssue | undefined => countIssue(quantity, LEAST_QUANTITY);

/** Checks a count: a whole number from `least` (0 or 1) up to MAX_QUANTITY; undefined when it is fine. */
export function countIssue(count: number, least: 0 | 1): LimitIssue | undefined {
  if (!Number.isFinite(count)) return 'not-a-number';
  if (!Number.isInteger(count)) return 'not-whole';
  if (count < least) return least === 1 ? 'below-one' : 'below-zero';
  if (count > MAX_QUANTITY) return 'above-maximum';
  return undefined;
}
