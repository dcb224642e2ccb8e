/**
 * The Vite settings the integration needs for the site it builds; they are its own, not the user's.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';

/**
 * The browser's brochure chunk (src/islands/choosing/school-brochure.ts) runs fontkit, which imports
 * Node's `fs` (for opening font files by path) and whose restructure dependency requires `stream`
 * and `util` at load time (for font writing and debug output): nothing the browser ever does. In
 * the browser build only, they resolve to small stubs; Vite's own stand-in throws on first use
 * when NODE_ENV is not production.
 */
const NODE_STUBS = ['fs', 'stream', 'util'];
const browserNodeStubs: Plugin = {
  name: 'aanbodgids-browser-node-stubs',
  enforce: 'pre',
  applyToEnvironment: (environment) => environment.name === 'client',
  resolveId: (id) => (NODE_STUBS.includes(id) ? fileURLToPath(new URL(`../islands/choosing/node-stubs/${id}.ts`, import.meta.url)) : undefined),
};

export function viteSettings(plugins: Plugin[]): UserConfig {
  return {
    plugins: [browserNodeStubs, ...plugins],
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
  };
}
