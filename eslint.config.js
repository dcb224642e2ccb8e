// The layer check (npm run check:layers): which part of src/ may import which. Dependencies point
// inward: core is plain TypeScript that runs in Node, vitest and the browser alike; the brochure
// renders core's data to PDF; the integration reads the folder and hands the catalogue to Astro;
// islands are browser code; pages, components, layouts and site/ present what the integration
// handed over. ESLint is here for this check only (eslint-plugin-astro lets it read .astro files
// and their <script> blocks), not for style.
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';
import tsParser from '@typescript-eslint/parser';

const layers = [
  { type: 'core', pattern: 'src/core' },
  { type: 'brochure', pattern: 'src/brochure' },
  { type: 'integration', pattern: 'src/integration' },
  { type: 'islands', pattern: 'src/islands' },
  { type: 'views', pattern: ['src/pages', 'src/components', 'src/layouts', 'src/site'] },
];

const from = (type) => ({ element: { type } });
const toLayers = (...types) => ({ to: { element: { types: { anyOf: types } } } });

const importRules = [
  {
    from: from('core'),
    disallow: toLayers('brochure', 'integration', 'islands', 'views'),
    message: 'src/core imports only core: the brochure, the integration, islands and views build on it, not the other way.',
  },
  {
    from: from('core'),
    disallow: { to: { module: { origin: 'core' } } },
    message: 'src/core reads no files and uses no Node built-ins: it runs in the browser too. Pass the data in.',
  },
  {
    from: from('core'),
    disallow: { to: { module: { origin: 'external', source: ['astro', 'astro:*'] } } },
    message: "src/core imports nothing of Astro but its zod ('astro/zod').",
  },
  { from: from('core'), allow: { to: { module: { origin: 'external', source: 'astro', internalPath: 'zod' } } } },
  {
    from: from('brochure'),
    disallow: toLayers('integration', 'islands', 'views'),
    message: 'src/brochure renders what core computes: it imports core (and pdf-lib), never the integration, islands or views.',
  },
  {
    from: from('islands'),
    disallow: toLayers('integration'),
    message: 'src/islands run in the browser: they import core, never the build-time integration.',
  },
  {
    from: from('views'),
    disallow: toLayers('integration'),
    message:
      'Pages, components, layouts and src/site read what the integration hands over (collections, virtual modules), never its modules.',
  },
];

// The DOM and Node's process globals: core must run the same wherever it is imported.
const notInCore = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'HTMLElement', 'process', 'Buffer', '__dirname', 'require'];

export default [
  ...astro.configs['flat/base'],
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  {
    files: ['src/**/*.ts', 'src/**/*.astro'],
    plugins: { boundaries },
    settings: { 'boundaries/elements': layers },
    rules: { 'boundaries/dependencies': ['error', { default: 'allow', checkAllOrigins: true, policies: importRules }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...notInCore.map((name) => ({ name, message: 'src/core runs in Node, vitest and the browser alike: pass what it needs in.' }))] },
  },
];
