/**
 * The interventions collection's loader: Astro's glob loader, with one difference. An `.mdx`
 * file whose body is plain Markdown (see core/plain-markdown.ts) takes Astro's Markdown path
 * (rendered to HTML while loading) instead of being compiled as an MDX module for the bundle;
 * at 1,000 entries that roughly halves the build. Real MDX, with components, still is MDX.
 * Like the glob loader it skips unchanged files by digest, so the content cache keeps working.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from 'astro/markdown';
import { isPlainMarkdown } from '../core/plain-markdown.ts';

/** Entry files of the folder: .md and .mdx, not drafts (`_x.md`) or hidden files, as read-content.ts lists them. */
function entryFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((name) => /\.mdx?$/i.test(name) && !name.startsWith('_') && !name.startsWith('.')).map((name) => path.join(folder, name));
}

async function syncFile(file: string, context: LoaderContext): Promise<string> {
  const { store, config, parseData, generateDigest, renderMarkdown } = context;
  const id = path.basename(file, path.extname(file));
  const contents = readFileSync(file, 'utf8');
  const digest = generateDigest(contents);
  const relativePath = path.relative(fileURLToPath(config.root), file).split(path.sep).join('/');
  const existing = store.get(id);
  if (existing?.digest === digest && existing.filePath === relativePath) {
    // An unchanged MDX module must still be listed, or the bundle would lack it.
    if (existing.deferredRender) store.addModuleImport(relativePath);
    return id;
  }

  const { frontmatter, content: body } = parseFrontmatter(contents);
  const data = await parseData({ id, data: frontmatter, filePath: file });
  if (file.toLowerCase().endsWith('.mdx') && !isPlainMarkdown(body)) {
    // Real MDX: compiled as a module into the bundle and rendered with the page, as the glob loader does.
    store.set({ id, data, body, filePath: relativePath, digest, deferredRender: true });
    return id;
  }
  const rendered = await renderMarkdown(contents, { fileURL: pathToFileURL(file) });
  store.set({ id, data, body, filePath: relativePath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
  return id;
}

export function interventionsLoader(folder: string): Loader {
  return {
    name: 'aanbodgids-interventions',
    load: async (context) => {
      const { store, watcher } = context;
      const seen = new Set<string>();
      for (const file of entryFiles(folder)) {
        seen.add(await syncFile(file, context));
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);

      // `npm run dev`: follow edits, additions and removals in the folder.
      if (!watcher) return;
      watcher.add(folder);
      const inFolder = (file: string) => path.dirname(file) === folder && entryFiles(folder).includes(file);
      const resync = (file: string) => void (inFolder(file) && syncFile(file, context));
      watcher.on('change', resync);
      watcher.on('add', resync);
      watcher.on('unlink', (file) => path.dirname(file) === folder && store.delete(path.basename(file, path.extname(file))));
    },
  };
}
