/**
 * Astro's content loaders, fed by the integration's one read of the content folder: they copy
 * validated entries from the catalogue store and never read or parse a content file themselves,
 * so the site publishes exactly what the validator accepted.
 *
 * Intervention bodies still need Astro's rendering. A body that is plain Markdown (see
 * core/markdown/plain-markdown.ts) is rendered to HTML while loading; real MDX, with components, is
 * compiled by Astro from its file as a module of the bundle (deferred rendering). Plain Markdown
 * skips the bundler, which at scale roughly halves the build.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isPlainMarkdown } from '../core/markdown/plain-markdown.ts';
import type { Catalogue } from '../core/catalogue/catalogue-model.ts';
import { checkedFolder } from './catalogue-store.ts';
import { codeHash } from './code-hash.ts';
import type { RawIntervention } from './read-content.ts';

export const LOADER_NAMES = ['aanbodgids-site', 'aanbodgids-providers', 'aanbodgids-interventions', 'aanbodgids-schools'];

type Entry = { id: string; file: string };

/**
 * A body's rendering depends on aanbodgids's code (the sanitiser, the links it allows) as much as
 * on the body: Astro keeps renderings between builds, and one made by older code is not reused.
 */
let renderingCode: string | undefined;
const renderingCodeHash = (): string => (renderingCode ??= codeHash(['core', 'integration/bodies'], ['astro', 'satteri', 'hast-util-sanitize']));

/** The validated catalogue, or nothing while the content has problems (dev mode shows them instead). */
const catalogue = (): Catalogue | undefined => checkedFolder().catalogue;

/** Sets every entry (unchanged ones by digest are left as they are) and deletes the ones that are gone. */
function syncEntries<T extends Entry>(context: LoaderContext, entries: T[], set: (entry: T, digest: string) => Promise<void> | void): Promise<void> {
  const { store, generateDigest } = context;
  const ids = new Set(entries.map((entry) => entry.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  return entries.reduce(async (previous, entry) => {
    await previous;
    await set(entry, generateDigest(JSON.stringify(entry)));
  }, Promise.resolve());
}

function dataLoader(name: string, entriesOf: (catalogue: Catalogue) => Entry[]): Loader {
  return {
    name,
    load: async (context) => {
      const current = catalogue();
      await syncEntries(context, current ? entriesOf(current) : [], (entry, digest) => {
        context.store.set({ id: entry.id, data: { ...entry }, digest });
      });
    },
  };
}

export const siteLoader = dataLoader('aanbodgids-site', (current) => [{ ...current.site, id: 'site' }]);
export const providersLoader = dataLoader('aanbodgids-providers', (current) => current.providers);
export const schoolsLoader = dataLoader('aanbodgids-schools', (current) => current.schools);

async function setIntervention(context: LoaderContext, entry: Entry, raw: RawIntervention, digest: string): Promise<void> {
  const { store, config, renderMarkdown } = context;
  const filePath = path.relative(fileURLToPath(config.root), raw.path).split(path.sep).join('/');
  const existing = store.get(entry.id);
  if (existing?.digest === digest && existing.filePath === filePath) {
    // An unchanged MDX module must still be listed, or the bundle would lack it.
    if (existing.deferredRender) store.addModuleImport(filePath);
    return;
  }
  const data = { ...entry };
  if (raw.format === 'mdx' && !isPlainMarkdown(raw.body)) {
    store.set({ id: entry.id, data, body: raw.body, filePath, digest, deferredRender: true });
    return;
  }
  const rendered = await renderMarkdown(raw.body, { fileURL: pathToFileURL(raw.path) });
  store.set({ id: entry.id, data, body: raw.body, filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
}

export const interventionsLoader: Loader = {
  name: 'aanbodgids-interventions',
  load: async (context) => {
    const current = catalogue();
    const raw = new Map(checkedFolder().interventions.map((entry) => [entry.id, entry]));
    await syncEntries(context, current?.interventions ?? [], (entry, digest) => {
      const source = raw.get(entry.id);
      if (!source) throw new Error(`No file read for intervention "${entry.id}"`);
      return setIntervention(context, entry, source, context.generateDigest(digest + source.body + renderingCodeHash()));
    });
  },
};
