/** Counts for overviews: interventions per domain, split by offer kind. */
import { indexOf, type Catalogue, type Intervention } from './catalogue-model.ts';
import type { Domain } from '../schema/domain.ts';

export interface DomainCount {
  domain: Domain;
  total: number;
  fixed: number;
  optional: number;
}

/** Every domain of site.yaml, in its order, with its counts (a domain may have none yet). */
export function countByDomain(catalogue: Catalogue): DomainCount[] {
  const counts = new Map(catalogue.site.domains.map((domain) => [domain.id, { domain, total: 0, fixed: 0, optional: 0 }]));
  for (const intervention of catalogue.interventions) {
    const count = counts.get(intervention.domain);
    if (!count) continue;
    count.total += 1;
    count[intervention.offer] += 1;
  }
  return [...counts.values()];
}

/** Interventions by domain, fixed offer first within each domain. */
export function catalogueByDomain(catalogue: Catalogue): { domain: Domain; fixed: Intervention[]; optional: Intervention[] }[] {
  const { domains } = indexOf(catalogue);
  return [...domains.values()].map((domain) => {
    const inDomain = catalogue.interventions.filter((intervention) => intervention.domain === domain.id);
    return {
      domain,
      fixed: inDomain.filter((intervention) => intervention.offer === 'fixed'),
      optional: inDomain.filter((intervention) => intervention.offer === 'optional'),
    };
  });
}
