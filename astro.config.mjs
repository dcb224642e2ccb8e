// @ts-check
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { defineConfig, passthroughImageService } from 'astro/config';
import aanbodgids from './src/integration/index.ts';
import { sitemapWhenPublished } from './src/integration/publishing.ts';

/**
 * The browser's brochure chunk (src/islands/choosing/school-brochure.ts) runs fontkit, which imports
 * Node's `fs` (for opening font files by path) and whose restructure dependency requires `stream`
 * and `util` at load time (for font writing and debug output): nothing the browser ever does. In the browser build only, they resolve to small stubs; Vite's own
 * stand-in throws on first use when NODE_ENV is not production.
 */
const NODE_STUBS = ['fs', 'stream', 'util'];
const browserNodeStubs = {
  name: 'aanbodgids-browser-node-stubs',
  enforce: /** @type {const} */ ('pre'),
  applyToEnvironment: (/** @type {{ name: string }} */ environment) => environment.name === 'client',
  resolveId: (/** @type {string} */ id) =>
    NODE_STUBS.includes(id) ? fileURLToPath(new URL(`./src/islands/choosing/node-stubs/${id}.ts`, import.meta.url)) : undefined,
};

export default defineConfig({
  // aanbodgids reads the content folder, sets base and site from site.yaml, and runs search and brochures after the pages;
  // the sitemap (only for a site with a url) is written before aanbodgids publishes the build.
  integrations: [mdx(), sitemapWhenPublished(), aanbodgids()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Content images are copied as they are: a provider's image must never run code at build time (no sharp).
  image: { service: passthroughImageService() },
  // No dev toolbar, no telemetry-style extras: the site makes no requests to other hosts.
  devToolbar: { enabled: false },
  vite: {
    plugins: [browserNodeStubs],
    build: {
      // The brochure chunk (pdf-lib, fontkit, Dutch hyphenation patterns, tagging) is loaded only
      // when a school asks for its PDF on /keuzes/, so its size is no page's weight; a warning on
      // every build would only be noise.
      chunkSizeWarningLimit: 1536,
      rolldownOptions: {
        // Astro's MDX output carries a module directive the bundler flags once per entry: harmless, and
        // thousands of lines at scale would bury the build's own warnings (over budget, over capacity).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
