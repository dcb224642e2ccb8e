/**
 * The validated catalogue: what every page, script and brochure works from.
 * Entries carry their id and the file they came from (for messages); the rest is the schema's output.
 */
import type { SchoolType } from '../schema/common.ts';
import type { InterventionData } from '../schema/intervention.ts';
import type { ProviderData } from '../schema/provider.ts';
import type { SchoolData } from '../schema/school.ts';
import type { SynonymGroups } from '../schema/synonyms.ts';
import type { Domain } from '../schema/domain.ts';
import type { Site } from '../schema/site.ts';

/** Where an entry came from: its id (file name without extension) and its path for messages. */
interface Sourced {
  id: string;
  /** Path of the source file as shown to people, e.g. `content/schools/de-linde.yaml`. */
  file: string;
}

export type Provider = ProviderData & Sourced;
export type Intervention = InterventionData & Sourced;
export type School = SchoolData & Sourced;
export type FixedIntervention = Intervention & { offer: 'fixed' };
export type OptionalIntervention = Intervention & { offer: 'optional' };

export interface Catalogue {
  site: Site & { file: string };
  providers: Provider[];
  interventions: Intervention[];
  schools: School[];
  /** Word groups from synonyms.yaml a search treats as one; absent without that file. */
  synonyms?: SynonymGroups;
}

export const isFixed = (intervention: Intervention): intervention is FixedIntervention => intervention.offer === 'fixed';
export const isOptional = (intervention: Intervention): intervention is OptionalIntervention =>
  intervention.offer === 'optional';
export const isMeantFor = (intervention: Pick<Intervention, 'schoolTypes'>, type: SchoolType): boolean => intervention.schoolTypes.includes(type);

/** Lookups by id, built once per catalogue (pages ask for them thousands of times at scale). */
export interface CatalogueIndex {
  domains: Map<string, Domain>;
  providers: Map<string, Provider>;
  interventions: Map<string, Intervention>;
  schools: Map<string, School>;
  /** Schools that chose each intervention, in catalogue order. */
  choosers: Map<string, School[]>;
}

const indexes = new WeakMap<Catalogue, CatalogueIndex>();

function choosersOf(schools: School[]): Map<string, School[]> {
  const choosers = new Map<string, School[]>();
  for (const school of schools) {
    for (const choice of new Set(school.choices.map((c) => c.intervention))) {
      choosers.set(choice, [...(choosers.get(choice) ?? []), school]);
    }
  }
  return choosers;
}

export function indexOf(catalogue: Catalogue): CatalogueIndex {
  let index = indexes.get(catalogue);
  if (!index) {
    index = {
      domains: new Map(catalogue.site.domains.map((domain) => [domain.id, domain])),
      providers: new Map(catalogue.providers.map((provider) => [provider.id, provider])),
      interventions: new Map(catalogue.interventions.map((intervention) => [intervention.id, intervention])),
      schools: new Map(catalogue.schools.map((school) => [school.id, school])),
      choosers: choosersOf(catalogue.schools),
    };
    indexes.set(catalogue, index);
  }
  return index;
}

/** Looks up an entry that validation guaranteed to exist; a miss is a programming error. */
export function mustGet<T>(map: Map<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Unknown ${what} "${id}" in a validated catalogue`);
  return value;
}

/** Interventions of one provider, in catalogue order. */
export function interventionsOf(catalogue: Catalogue, providerId: string): Intervention[] {
  return catalogue.interventions.filter((intervention) => intervention.provider === providerId);
}

/** Groups items by the catalogue's domains, in the order site.yaml lists them; empty domains are left out. */
export function groupByDomain<T>(
  catalogue: Catalogue,
  items: T[],
  domainOf: (item: T) => string,
): { domain: Domain; items: T[] }[] {
  return catalogue.site.domains
    .map((domain) => ({ domain, items: items.filter((item) => domainOf(item) === domain.id) }))
    .filter((group) => group.items.length > 0);
}
