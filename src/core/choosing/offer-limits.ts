/**
 * The limits on choosing an optional offer on the build date (see choose-limits.ts): outside its
 * `available` window, or full. Places are counted as places-left.ts counts them for a school
 * that did not choose it: the capacity minus the schools' choices in the content. A school that
 * chose it there keeps its place, even when the team has more choosers than places to settle.
 */
import { indexOf, type Catalogue, type Intervention } from '../catalogue/catalogue-model.ts';
import type { Language } from '../strings/labels.ts';
import { placesFor } from './places-left.ts';
import type { ChooseLimits } from './choose-limits.ts';
import { unavailableReason } from '../fit/fit-view.ts';
import { fitStrings } from '../fit/fit-strings.ts';

/** None for fixed offer: every school gets it, nobody chooses it. */
export function chooseLimits(intervention: Intervention, catalogue: Catalogue, buildDate: string, language: Language): ChooseLimits {
  if (intervention.offer !== 'optional') return {};
  const unavailable = unavailableReason(intervention, buildDate, language);
  const places = placesFor(catalogue, intervention);
  if (!places || places.left > 0) return unavailable ? { unavailable } : {};
  const choosers = (indexOf(catalogue).choosers.get(intervention.id) ?? []).map((school) => school.id);
  return { ...(unavailable ? { unavailable } : {}), full: fitStrings(language).full(places.capacity), choosers };
}
