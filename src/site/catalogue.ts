/**
 * The one place pages get their data: the validated catalogue, as the aanbodgids integration
 * handed it to Astro's collections, in catalogue order. Loaded once per build and shared by
 * every page; in dev mode loaded per request, so edited content shows at once.
 */
import { getCollection } from 'astro:content';
import type { Catalogue, Intervention, Provider, School } from '../core/catalogue/catalogue-model.ts';
import { inCatalogueOrder } from '../core/catalogue/catalogue-order.ts';

let loading: Promise<Catalogue> | undefined;

async function assemble(): Promise<Catalogue> {
  const [[siteEntry], providers, interventions, schools] = await Promise.all([
    getCollection('site'),
    getCollection('providers'),
    getCollection('interventions'),
    getCollection('schools'),
  ]);
  if (!siteEntry) throw new Error('site.yaml was not loaded');
  // The loaders stored entries the integration validated, with their id and file: no second parse.
  const { id: _id, ...site } = siteEntry.data as Catalogue['site'] & { id: string };
  // The collections' own order follows edits in dev mode; the catalogue's order is the core's.
  return inCatalogueOrder({
    site,
    providers: providers.map((entry) => entry.data as Provider),
    interventions: interventions.map((entry) => entry.data as Intervention),
    schools: schools.map((entry) => entry.data as School),
  });
}

export function loadCatalogue(): Promise<Catalogue> {
  if (import.meta.env.DEV) return assemble();
  loading ??= assemble();
  return loading;
}
