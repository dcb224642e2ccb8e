/**
 * The one place pages get their data: Astro's collections assembled into the core's Catalogue.
 * Loaded once per build and shared by every page.
 */
import { getCollection } from 'astro:content';
import type { Catalogue, Intervention, Provider, School, Sourced } from '../core/catalogue.ts';

let loading: Promise<Catalogue> | undefined;

/** An entry's data with its id and the file it came from, as the core's types expect. */
function sourced<T extends object>(entry: { id: string; filePath?: string; data: T }): T & Sourced {
  return { ...entry.data, id: entry.id, file: entry.filePath ?? entry.id };
}

async function assemble(): Promise<Catalogue> {
  const [[siteEntry], providers, interventions, schools] = await Promise.all([
    getCollection('site'),
    getCollection('providers'),
    getCollection('interventions'),
    getCollection('schools'),
  ]);
  if (!siteEntry) throw new Error('site.yaml was not loaded');
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'nl');
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
  return {
    site: { ...siteEntry.data, file: siteEntry.filePath ?? 'site.yaml' },
    providers: providers.map((entry): Provider => sourced(entry)).sort(byName),
    interventions: interventions.map((entry): Intervention => sourced(entry)).sort(byTitle),
    schools: schools.map((entry): School => sourced(entry)).sort(byName),
  };
}

export function loadCatalogue(): Promise<Catalogue> {
  loading ??= assemble();
  return loading;
}
