/**
 * The one place pages get their data: Astro's collections assembled into the core's Catalogue.
 * Loaded once per build and shared by every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Catalogue } from '../core/catalogue.ts';

let loading: Promise<Catalogue> | undefined;

const sourced = <C extends 'providers' | 'interventions' | 'schools'>(entry: CollectionEntry<C>) => ({
  ...entry.data,
  id: entry.id,
  file: entry.filePath ?? entry.id,
});

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
    providers: providers.map(sourced<'providers'>).sort(byName),
    interventions: interventions.map(sourced<'interventions'>).sort(byTitle),
    schools: schools.map(sourced<'schools'>).sort(byName),
  };
}

export function loadCatalogue(): Promise<Catalogue> {
  loading ??= assemble();
  return loading;
}
