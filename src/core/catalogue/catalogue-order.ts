/**
 * The catalogue's one order, used by every page, brochure and script: providers and schools by
 * name, interventions by title, as a Dutch reader sorts them.
 */
import type { Catalogue, Intervention, Provider, School } from './catalogue-model.ts';

const dutch = (a: string, b: string) => a.localeCompare(b, 'nl');

export const compareProviders = (a: Pick<Provider, 'name'>, b: Pick<Provider, 'name'>) => dutch(a.name, b.name);
const compareInterventions = (a: Pick<Intervention, 'title'>, b: Pick<Intervention, 'title'>) => dutch(a.title, b.title);
export const compareSchools = (a: Pick<School, 'name'>, b: Pick<School, 'name'>) => dutch(a.name, b.name);

/** A copy of the catalogue with every list in catalogue order. */
export function inCatalogueOrder(catalogue: Catalogue): Catalogue {
  return {
    ...catalogue,
    providers: [...catalogue.providers].sort(compareProviders),
    interventions: [...catalogue.interventions].sort(compareInterventions),
    schools: [...catalogue.schools].sort(compareSchools),
  };
}
