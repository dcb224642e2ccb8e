/**
 * Checks that need the whole catalogue: references between files, and the rules of choosing.
 * Each rule is one small function returning problems, so a report lists every problem at once.
 */
import { indexOf, type Catalogue } from '../catalogue/catalogue-model.ts';
import { fitChecks } from './fit-checks.ts';
import type { Problem } from './problem.ts';
import { nearest } from './suggest.ts';

/**
 * Ids of every file that exists, including files that failed their own schema: a reference to
 * such a file is not reported again as unknown (its own problem is already in the report).
 */
export interface ExistingIds {
  providers: ReadonlySet<string>;
  interventions: ReadonlySet<string>;
}

/** The references an intervention file makes, read even from a file that failed its schema. */
export interface InterventionRefs {
  file: string;
  domain: unknown;
  provider: unknown;
}

function interventionReferences(catalogue: Catalogue, refs: InterventionRefs[], existing: ExistingIds): Problem[] {
  const { domains, providers } = indexOf(catalogue);
  const domainIds = [...domains.keys()];
  return refs.flatMap(({ file, domain, provider }): Problem[] => {
    const problems: Problem[] = [];
    if (typeof domain === 'string' && !domains.has(domain)) {
      problems.push({
        file,
        field: ['domain'],
        value: domain,
        kind: 'unknown-domain',
        params: { domains: domainIds, suggestions: nearest(domain, domainIds) },
      });
    }
    if (typeof provider === 'string' && !providers.has(provider) && !existing.providers.has(provider)) {
      problems.push({ file, field: ['provider'], value: provider, kind: 'unknown-provider', params: { suggestions: nearest(provider, [...providers.keys(), ...existing.providers]) } });
    }
    return problems;
  });
}

function choiceRules(catalogue: Catalogue, existing: ExistingIds): Problem[] {
  const { interventions } = indexOf(catalogue);
  return catalogue.schools.flatMap((school) => {
    const seen = new Set<string>();
    return school.choices.flatMap((choice, index): Problem[] => {
      const at = { file: school.file, field: ['choices', index, 'intervention'], value: choice.intervention };
      const intervention = interventions.get(choice.intervention);
      if (seen.has(choice.intervention)) return [{ ...at, kind: 'chosen-twice' }];
      seen.add(choice.intervention);
      if (!intervention) {
        if (existing.interventions.has(choice.intervention)) return [];
        return [{ ...at, kind: 'unknown-intervention', params: { suggestions: nearest(choice.intervention, [...interventions.keys(), ...existing.interventions]) } }];
      }
      if (intervention.offer === 'fixed') return [{ ...at, kind: 'fixed-chosen' }];
      if (!intervention.schoolTypes.includes(school.type)) {
        return [{ ...at, kind: 'wrong-school-type', params: { schoolType: school.type, meantFor: [...intervention.schoolTypes] } }];
      }
      return [];
    });
  });
}

/** Every cross-file problem of a catalogue whose files each passed their schema. */
export function crossCheck(
  catalogue: Catalogue,
  existing: ExistingIds = { providers: new Set(), interventions: new Set() },
  refs: InterventionRefs[] = catalogue.interventions,
): Problem[] {
  return [...interventionReferences(catalogue, refs, existing), ...choiceRules(catalogue, existing), ...fitChecks(catalogue)];
}
