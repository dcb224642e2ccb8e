/**
 * Places left on an intervention with a capacity, as one school sees it: the capacity minus the
 * other schools in the content that chose it. The school's own choice is not counted against it,
 * so a school that chose the last place reads "nog 1 plek" and knows its choice fits.
 */
import { indexOf, type Catalogue, type Intervention } from '../catalogue/catalogue-model.ts';

export interface Places {
  capacity: number;
  /** Capacity minus the other schools' choices; never below zero. */
  left: number;
  /** This school chose it while the other schools had taken every place already. */
  overCapacity: boolean;
}

/** Without a school id: as a school sees it that did not choose it (one not in the content too). */
export function placesFor(catalogue: Catalogue, intervention: Intervention, schoolId?: string): Places | undefined {
  const { capacity } = intervention;
  if (capacity === undefined) return undefined;
  const choosers = indexOf(catalogue).choosers.get(intervention.id) ?? [];
  const others = choosers.filter((school) => school.id !== schoolId).length;
  const chosenHere = choosers.length > others;
  return { capacity, left: Math.max(0, capacity - others), overCapacity: chosenHere && others >= capacity };
}
