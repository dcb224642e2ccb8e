/** When an intervention can be had: its `available` window against a date or the site's period. */
import type { Intervention } from '../catalogue/catalogue-model.ts';

type Window = NonNullable<Intervention['available']>;

/** Whether an ISO date falls inside the window (both ends included); no window means always. */
export function isAvailableOn(window: Window | undefined, isoDate: string): boolean {
  if (!window) return true;
  return (!window.from || window.from <= isoDate) && (!window.until || isoDate <= window.until);
}

/** Whether the window shares at least one day with the period (both ends included). */
export function overlapsPeriod(window: Window | undefined, period: { start: string; end: string }): boolean {
  if (!window) return true;
  return (!window.from || window.from <= period.end) && (!window.until || period.start <= window.until);
}
