/** Small valid catalogues for unit tests, built through the real validator so they are never malformed. */
import { validateCatalogue, type RawContent, type RawEntry } from '../../src/core/validate/validate-catalogue.ts';
import { indexOf, mustGet, type Catalogue, type School } from '../../src/core/catalogue/catalogue-model.ts';

type Data = Record<string, unknown>;

const entries = (folder: string, extension: string, items: Record<string, Data>): RawEntry[] =>
  Object.entries(items).map(([id, data]) => ({ id, file: `content/${folder}/${id}.${extension}`, data }));

export const baseSite: Data = {
  title: 'Testaanbod',
  municipality: 'Gemeente Test',
  domains: [
    { id: 'zorg', label: 'Zorg' },
    { id: 'taal', label: 'Taal' },
  ],
  budget: { base: 1000, perPupil: 10 },
};

const baseProviders: Record<string, Data> = { bieb: { name: 'Bibliotheek' }, cjg: { name: 'CJG' } };

export const baseInterventions: Record<string, Data> = {
  'fruit-op-school': { title: 'Fruit op school', summary: 'Fruit.', domain: 'zorg', offer: 'fixed', provider: 'cjg', schoolTypes: ['po', 'vo'], cost: { amount: 500, per: 'school' } },
  leesclub: { title: 'Leesclub', summary: 'Lezen.', domain: 'taal', offer: 'optional', provider: 'bieb', schoolTypes: ['po'], cost: { amount: 12.5, per: 'pupil' } },
  voorlezen: { title: 'Voorlezen', summary: 'Voorlezen.', domain: 'taal', offer: 'optional', provider: 'bieb', schoolTypes: ['po', 'vve'], cost: { amount: 150, per: 'session' }, capacity: 1 },
  mentor: { title: 'Mentor', summary: 'Mentoren.', domain: 'zorg', offer: 'optional', provider: 'cjg', schoolTypes: ['vo'], cost: { amount: 400, per: 'group' } },
  spreekuur: { title: 'Spreekuur', summary: 'Gratis.', domain: 'zorg', offer: 'optional', provider: 'cjg', schoolTypes: ['po', 'vo'] },
};

export const baseSchools: Record<string, Data> = {
  'de-linde': { name: 'De Linde', type: 'po', pupils: 100, choices: [{ intervention: 'leesclub' }, { intervention: 'voorlezen', quantity: 3 }] },
  'het-baken': { name: 'Het Baken', type: 'vo', pupils: 500, choices: [{ intervention: 'mentor', quantity: 2 }] },
};

export interface ContentOverrides {
  site?: Data;
  providers?: Record<string, Data>;
  interventions?: Record<string, Data>;
  schools?: Record<string, Data>;
}

export function rawContent(overrides: ContentOverrides = {}): RawContent {
  return {
    site: { id: 'site', file: 'content/site.yaml', data: overrides.site ?? baseSite },
    providers: entries('providers', 'yaml', overrides.providers ?? baseProviders),
    interventions: entries('interventions', 'mdx', overrides.interventions ?? baseInterventions),
    schools: entries('schools', 'yaml', overrides.schools ?? baseSchools),
  };
}

/** A po school of 100 pupils that chose these interventions, as its YAML file would hold it. */
export const schoolData = (name: string, choices: string[]): Data => ({ name, type: 'po', pupils: 100, choices: choices.map((intervention) => ({ intervention })) });

/** A school of a test catalogue by its id. */
export const schoolOf = (catalogue: Catalogue, id: string): School => mustGet(indexOf(catalogue).schools, id, 'school');

export function makeCatalogue(overrides: ContentOverrides = {}): Catalogue {
  const result = validateCatalogue(rawContent(overrides));
  if (!result.ok) throw new Error(`Test catalogue is invalid: ${JSON.stringify(result.problems, null, 2)}`);
  return result.catalogue;
}
