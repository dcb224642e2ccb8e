/** Keeping the catalogue current: which interventions the team has not checked with their provider for too long. */
import type { Catalogue, Intervention } from '../catalogue/catalogue-model.ts';

/** Months after `checked` an entry counts as stale when site.yaml names no `staleAfterMonths`. */
export const DEFAULT_STALE_AFTER_MONTHS = 12;

/** The ISO date `months` calendar months after `isoDate`, clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Interventions whose `checked` date lies more than staleAfterMonths before the build date, in catalogue order. */
export function staleInterventions(catalogue: Catalogue, buildDate: string): Intervention[] {
  const months = catalogue.site.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS;
  return catalogue.interventions.filter((intervention) => intervention.checked !== undefined && addMonths(intervention.checked, months) < buildDate);
}
