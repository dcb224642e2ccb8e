/**
 * Checks that need the whole catalogue: references between files, and the rules of choosing.
 * Each rule is one small function returning problems, so a report lists every problem at once.
 */
import { indexOf, type Catalogue } from '../catalogue.ts';
import type { Problem } from './problem.ts';

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
  const domainIds = [...domains.keys()].join(', ');
  return refs.flatMap(({ file, domain, provider }): Problem[] => {
    const problems: Problem[] = [];
    if (typeof domain === 'string' && !domains.has(domain)) {
      problems.push({
        file,
        field: 'domain',
        value: domain,
        message: 'is not a domain in site.yaml',
        hint: `Use one of: ${domainIds}; or add the domain to site.yaml.`,
      });
    }
    if (typeof provider === 'string' && !providers.has(provider) && !existing.providers.has(provider)) {
      problems.push({
        file,
        field: 'provider',
        value: provider,
        message: 'is not a provider',
        hint: `Add providers/${provider}.yaml, or use the id of an existing provider file.`,
      });
    }
    return problems;
  });
}

function choiceRules(catalogue: Catalogue, existing: ExistingIds): Problem[] {
  const { interventions } = indexOf(catalogue);
  return catalogue.schools.flatMap((school) => {
    const seen = new Set<string>();
    return school.choices.flatMap((choice, index): Problem[] => {
      const field = `choices[${index}].intervention`;
      const at = { file: school.file, field, value: choice.intervention };
      const intervention = interventions.get(choice.intervention);
      if (seen.has(choice.intervention)) {
        return [{ ...at, message: 'is chosen twice', hint: 'Keep one choice and set its quantity instead.' }];
      }
      seen.add(choice.intervention);
      if (!intervention) {
        if (existing.interventions.has(choice.intervention)) return [];
        return [{ ...at, message: 'is not an intervention', hint: 'Use the file name (without .mdx) of an intervention.' }];
      }
      if (intervention.offer === 'fixed') {
        return [{
          ...at,
          message: 'is fixed offer; schools only choose optional offer',
          hint: 'Remove the choice (every school gets fixed offer anyway), or make the intervention optional.',
        }];
      }
      if (!intervention.schoolTypes.includes(school.type)) {
        return [{
          ...at,
          message: `is not meant for school type "${school.type}" (only for ${intervention.schoolTypes.join(', ')})`,
          hint: `Remove the choice, or add "${school.type}" to the intervention's schoolTypes.`,
        }];
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
  return [...interventionReferences(catalogue, refs, existing), ...choiceRules(catalogue, existing)];
}
