/**
 * The one place pages get their data: Astro's collections assembled into the core's Catalogue.
 * Loaded once per build and shared by every page.
 */
import path from 'node:path';
import { getCollection } from 'astro:content';
import type { Catalogue, Intervention, Provider, School, Sourced } from '../core/catalogue.ts';
import { contentDirFromEnv } from '../integration/content-dir.ts';

let loading: Promise<Catalogue> | undefined;

/** A file as the validator names it, relative to the content folder, so both readers' catalogues agree. */
function contentFile(filePath: string): string {
  return path.relative(contentDirFromEnv(), path.resolve(filePath)).split(path.sep).join('/');
}

/** An entry's data with its id and the file it came from, as the core's types expect. */
function sourced<T extends object>(entry: { id: string; filePath?: string; data: T }): T & Sourced {
  return { ...entry.data, id: entry.id, file: entry.filePath ? contentFile(entry.filePath) : entry.id };
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
    site: { ...siteEntry.data, file: siteEntry.filePath ? contentFile(siteEntry.filePath) : 'site.yaml' },
    providers: providers.map((entry): Provider => sourced(entry)).sort(byName),
    interventions: interventions.map((entry): Intervention => sourced(entry)).sort(byTitle),
    schools: schools.map((entry): School => sourced(entry)).sort(byName),
  };
}

export function loadCatalogue(): Promise<Catalogue> {
  loading ??= assemble();
  return loading;
}
