/**
 * Ages and groups as search filter values: an intervention for ages 4 to 8 is found under each of
 * 4, 5, 6, 7 and 8, so one chosen age or group matches every range that holds it. Plain code, so
 * the search page checks URL values with it too.
 */

/** Ages the search offers: an open-ended range stops here. */
const MAX_AGE = 20;
/** Groep 1-8 (klas 1-6 falls inside). */
const MAX_GROUP = 8;

type Range = { from?: number; to?: number } | undefined;

function valuesOf(range: Range, lowest: number, highest: number): string[] {
  if (!range) return [];
  const from = Math.max(range.from ?? lowest, lowest);
  const to = Math.min(range.to ?? highest, highest);
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => String(from + index));
}

export const ageValues = (ages: Range): string[] => valuesOf(ages, 0, MAX_AGE);
export const groupValues = (groups: Range): string[] => valuesOf(groups, 1, MAX_GROUP);

const inRange = (value: string, lowest: number, highest: number) => /^\d{1,2}$/.test(value) && Number(value) >= lowest && Number(value) <= highest;
export const isAgeValue = (value: string): boolean => inRange(value, 0, MAX_AGE);
export const isGroupValue = (value: string): boolean => inRange(value, 1, MAX_GROUP);
