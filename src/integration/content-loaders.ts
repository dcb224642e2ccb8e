/**
 * Astro's content loaders, fed by the integration's one read of the content folder: they copy
 * the validated entries the integration handed over (hand-off.ts) and never read or parse a
 * content file themselves, so the site publishes exactly what the validator accepted.
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
import { codeHash } from './code-hash.ts';
import { REFRESHED_CHECK, type HandedCheck, type RefreshedCheck } from './hand-off.ts';
import { logoSize, servedLogo } from './logo-file.ts';

export const LOADER_NAMES = ['aanbodgids-site', 'aanbodgids-providers', 'aanbodgids-interventions', 'aanbodgids-schools', 'aanbodgids-logo'];

type Entry = { id: string; file: string };

/**
 * A body's rendering depends on aanbodgids's code (the sanitiser, the links it allows) as much as
 * on the body: Astro keeps renderings between builds, and one made by older code is not reused.
 */
let renderingCode: string | undefined;
const renderingCodeHash = (): string => (renderingCode ??= codeHash(['core', 'integration/bodies'], ['astro', 'satteri', 'hast-util-sanitize']));

/** The last check handed over, so a sync Astro starts by itself in dev mode keeps the latest content. */
let latest: HandedCheck | undefined;

/** The check to load: the one dev mode's refresh hands over, else the one the integration handed to Astro at the start. */
async function handed(context: LoaderContext): Promise<HandedCheck> {
  const refreshed = context.refreshContextData?.[REFRESHED_CHECK] as RefreshedCheck | undefined;
  refreshed?.taken();
  latest = refreshed?.check ?? latest ?? (await import('virtual:aanbodgids/checked')).default;
  return latest;
}

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

function dataLoader(name: string, entriesOf: (check: HandedCheck & { catalogue: Catalogue }) => Entry[] | Promise<Entry[]>): Loader {
  return {
    name,
    load: async (context) => {
      const check = await handed(context);
      const entries = check.catalogue ? await entriesOf({ ...check, catalogue: check.catalogue }) : [];
      await syncEntries(context, entries, (entry, digest) => {
        context.store.set({ id: entry.id, data: { ...entry }, digest });
      });
    },
  };
}

export const siteLoader = dataLoader('aanbodgids-site', ({ catalogue }) => [{ ...catalogue.site, id: 'site' }]);
export const providersLoader = dataLoader('aanbodgids-providers', ({ catalogue }) => catalogue.providers);
export const schoolsLoader = dataLoader('aanbodgids-schools', ({ catalogue }) => catalogue.schools);

/** The logo of site.yaml as the site serves it (an SVG sanitised), by its file name, with its size for the header. */
export const logoLoader = dataLoader('aanbodgids-logo', async ({ catalogue, contentDir }) => {
  const source = catalogue.site.logo?.file;
  if (!source) return [];
  const size = await logoSize(contentDir, source);
  return [{ id: path.basename(source), file: source, bytes: Buffer.from(servedLogo(contentDir, source)).toString('base64'), ...size }];
});

async function setIntervention(context: LoaderContext, entry: Entry, raw: HandedCheck['interventions'][number], digest: string): Promise<void> {
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
    const { catalogue, interventions } = await handed(context);
    const raw = new Map(interventions.map((entry) => [entry.id, entry]));
    await syncEntries(context, catalogue?.interventions ?? [], (entry, digest) => {
      const source = raw.get(entry.id);
      if (!source) throw new Error(`No file read for intervention "${entry.id}"`);
      return setIntervention(context, entry, source, context.generateDigest(digest + source.body + renderingCodeHash()));
    });
  },
};
