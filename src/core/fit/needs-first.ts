/**
 * "Past bij uw behoeften": the optional offer for a school's type that answers a need from its
 * scan, recommended offer first. It comes before the listing by domain, which stays complete.
 */
import { isMeantFor, isOptional, type Catalogue, type OptionalIntervention, type School } from '../catalogue/catalogue-model.ts';
import type { Need } from '../schema/need.ts';

interface NeedMatch {
  intervention: OptionalIntervention;
  /** The school's needs this intervention answers, in site.yaml's order. */
  needs: Need[];
}

export interface NeedsFirst {
  /** The school's needs, in site.yaml's order. */
  needs: Need[];
  /** Matching offer: recommended first, then catalogue order. */
  matches: NeedMatch[];
}

/** The school's needs and the offer that fits them; empty when the school names no needs. */
export function needsFirst(school: Pick<School, 'needs' | 'type'>, catalogue: Catalogue): NeedsFirst {
  const wanted = new Set(school.needs ?? []);
  const needs = (catalogue.site.needs ?? []).filter((need) => wanted.has(need.id));
  if (needs.length === 0) return { needs, matches: [] };
  const matches = catalogue.interventions
    .filter(isOptional)
    .filter((intervention) => isMeantFor(intervention, school.type))
    .map((intervention) => ({ intervention, needs: needs.filter((need) => intervention.needs?.includes(need.id)) }))
    .filter((match) => match.needs.length > 0);
  const recommendedFirst = [...matches.filter((m) => m.intervention.recommended), ...matches.filter((m) => !m.intervention.recommended)];
  return { needs, matches: recommendedFirst };
}
