/**
 * What the page "Mijn keuzes" computes with: the catalogue without texts (summaries, bodies,
 * providers), so the page fetches a few kilobytes and runs the same rules as the build: budgets,
 * and which fitting offer can be chosen on the build date (needs, recommendation, available
 * window, capacity). It is published, so it is made from the public views (public-view.ts).
 */
import type { Catalogue, Intervention } from '../catalogue/catalogue-model.ts';
import { publicIntervention, publicSchool, publicSite } from '../catalogue/public-view.ts';

export function choosingCatalogue(catalogue: Catalogue): Catalogue {
  const { title, municipality, language, contact, budget, domains, file, needs } = publicSite(catalogue.site);
  return {
    site: { title, municipality, language, contact, budget, domains, file, ...(needs ? { needs } : {}) },
    providers: [],
    interventions: catalogue.interventions.map(publicIntervention).map(
      ({ id, title, domain, offer, provider, schoolTypes, cost, capacity, needs, recommended, recommendedReason, available }): Intervention => ({
        ...{ id, file: '', title, summary: '', domain, offer, provider, schoolTypes, cost, tags: [] },
        ...{ capacity, needs, recommended, recommendedReason, available },
      }),
    ),
    schools: catalogue.schools.map(publicSchool),
  };
}

/** Each school's name and type by id: all the choice button needs to say "Niet voor ...". */
export const schoolTypesById = (catalogue: Catalogue): Record<string, { name: string; type: string }> =>
  Object.fromEntries(catalogue.schools.map((school) => [school.id, { name: school.name, type: school.type }]));
