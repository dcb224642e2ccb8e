/**
 * What of the content may be published. Everything in dist/ is public, so whatever the site sends
 * to browsers (/keuzes/catalogus.json, brochures/catalogue.json and the brochures drawn from it) is
 * made from these views, never from whole content objects. Each entry type lists every one of its
 * fields as `public` or `team`: the compiler refuses a field added to the schema until it is
 * classified here, and at run time only the fields listed `public` are copied (an allowlist), so
 * neither a `team` field (every `extra` map, a school's contact and needsNote) nor anything
 * unlisted can slip into dist/. Nested
 * values (a cost, a period, the theme) are plain values the schema checks field by field.
 */
import type { Catalogue, Intervention, Provider, School } from './catalogue-model.ts';
import type { Choice } from '../schema/school.ts';

type Visibility<T> = { readonly [K in keyof Required<T>]: 'public' | 'team' };

type Site = Catalogue['site'];

const SITE: Visibility<Site> = {
  file: 'public', title: 'public', municipality: 'public', period: 'public', intro: 'public', contact: 'public',
  language: 'public', domains: 'public', budget: 'public', url: 'public', basePath: 'public', noindex: 'public', theme: 'public',
  logo: 'public', brochure: 'public', needs: 'public', staleAfterMonths: 'public', license: 'public',
  domainsName: 'public', deadline: 'public', steps: 'public', colophon: 'public',
  // How the team's build runs (reports folder, strict checks): nothing a page shows.
  reports: 'team', strict: 'team',
  extra: 'team',
};

const PROVIDER: Visibility<Provider> = {
  id: 'public', file: 'public', name: 'public', website: 'public', email: 'public', phone: 'public', contactPerson: 'public', description: 'public', extra: 'team',
};

const INTERVENTION: Visibility<Intervention> = {
  id: 'public', file: 'public', title: 'public', summary: 'public', domain: 'public', offer: 'public', provider: 'public',
  schoolTypes: 'public', cost: 'public', capacity: 'public', duration: 'public', tags: 'public', needs: 'public',
  recommended: 'public', recommendedReason: 'public', menukaart: 'public', evidence: 'public', howToApply: 'public',
  ages: 'public', groups: 'public', checked: 'public', available: 'public', extra: 'team',
};

const CHOICE: Visibility<Choice> = { intervention: 'public', quantity: 'public', note: 'public', extra: 'team' };

const SCHOOL: Visibility<School> = {
  id: 'public', file: 'public', name: 'public', type: 'public', pupils: 'public', brin: 'public', board: 'public',
  budget: 'public', choices: 'public', needs: 'public',
  // What the school scan and its covering note said, and who to write order letters to: the team's own.
  needsNote: 'team', contact: 'team', extra: 'team',
};

/** The entry with only its public fields (left-out optional fields stay left out). */
function only<T extends object>(entry: T, visibility: Visibility<T>): T {
  const published: Partial<T> = {};
  for (const key of Object.keys(visibility) as (keyof T)[]) {
    if (visibility[key] === 'public' && entry[key] !== undefined) published[key] = entry[key];
  }
  return published as T;
}

export const publicSite = (site: Site): Site => only(site, SITE);
const publicProvider = (provider: Provider): Provider => only(provider, PROVIDER);
export const publicIntervention = (intervention: Intervention): Intervention => only(intervention, INTERVENTION);
export const publicSchool = (school: School): School => ({ ...only(school, SCHOOL), choices: school.choices.map((choice) => only(choice, CHOICE)) });

export function publicCatalogue(catalogue: Catalogue): Catalogue {
  return {
    site: publicSite(catalogue.site),
    providers: catalogue.providers.map(publicProvider),
    interventions: catalogue.interventions.map(publicIntervention),
    schools: catalogue.schools.map(publicSchool),
  };
}
