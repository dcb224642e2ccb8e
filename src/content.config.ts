/**
 * Astro's content collections, read from the content folder (CONTENT_DIR or content/) with the
 * core schemas. Cross-file rules are checked by the build script before Astro runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { contentDirFromEnv } from './integration/content-dir.ts';
import { interventionSchema } from './core/schema/intervention.ts';
import { providerSchema } from './core/schema/provider.ts';
import { schoolSchema } from './core/schema/school.ts';
import { siteSchema } from './core/schema/site.ts';
import { interventionsLoader } from './integration/interventions-loader.ts';

const contentDir = contentDirFromEnv();

/** Ids are file names without extension, exactly (Astro's default would slugify paths and honour a `slug` field). */
const fileNameId = ({ entry }: { entry: string }) => path.basename(entry, path.extname(entry));

const entriesIn = (folder: string, pattern: string) =>
  glob({ pattern, base: path.join(contentDir, folder), generateId: fileNameId });

/** site.yaml is one object, not a list of entries, so it gets a one-entry loader of its own. */
const siteLoader: Loader = {
  name: 'site-yaml',
  load: async ({ store, parseData, watcher }) => {
    const file = ['site.yaml', 'site.yml'].map((name) => path.join(contentDir, name)).find((candidate) => {
      try {
        return Boolean(readFileSync(candidate));
      } catch {
        return false;
      }
    });
    if (!file) throw new Error(`No site.yaml in ${contentDir}`);
    watcher?.add(file);
    const data = await parseData({ id: 'site', data: parse(readFileSync(file, 'utf8')), filePath: file });
    store.set({ id: 'site', data, filePath: path.relative(process.cwd(), file) });
  },
};

export const collections = {
  site: defineCollection({ loader: siteLoader, schema: siteSchema }),
  providers: defineCollection({ loader: entriesIn('providers', '*.{yaml,yml}'), schema: providerSchema }),
  interventions: defineCollection({ loader: interventionsLoader(path.join(contentDir, 'interventions')), schema: interventionSchema }),
  schools: defineCollection({ loader: entriesIn('schools', '*.{yaml,yml}'), schema: schoolSchema }),
};
