/**
 * Why an optional offer cannot be chosen now, as the "Kies dit aanbod" button and "Past bij uw
 * behoeften" on /keuzes/ both say it. The build decides the limits per offer (offer-limits.ts)
 * and hands them over as small data; this decides them for the school being chosen for, without
 * the catalogue, so the button that ships on every intervention page stays small.
 */
export interface ChooseLimits {
  /** "Niet beschikbaar: ..." when the build date is outside the offer's `available` window. */
  unavailable?: string;
  /** "Vol: ..." when other schools took every place, for any school not in `choosers`. */
  full?: string;
  /** The schools that chose a full offer in the content: their place is their own. */
  choosers?: string[];
}

/**
 * The reason in words, or undefined when the school can choose it. `schoolId` is undefined when
 * no school is picked or the visitor's school is not in the content: it holds no place.
 */
/**
 * Whether a choose button is disabled: when there is a reason against choosing the offer, unless
 * it is chosen already; an offer in the choices can always be removed again.
 */
export const refusesPress = (reason: unknown, chosen: boolean): boolean => Boolean(reason) && !chosen;

export function whyNotChoosable(limits: ChooseLimits, schoolId: string | undefined): string | undefined {
  const holdsAPlace = schoolId !== undefined && (limits.choosers ?? []).includes(schoolId);
  return limits.unavailable ?? (holdsAPlace ? undefined : limits.full);
}
