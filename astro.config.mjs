// @ts-check
import { defineConfig } from 'astro/config';
import aanbodgids from './src/integration/index.ts';

// aanbodgids reads the content folder (content/, or CONTENT_DIR; or aanbodgids({ contentDir })),
// sets base and site from site.yaml, adds MDX and the sitemap, and runs search, brochures and
// reports after the pages. Its options and environment variables: ARCHITECTURE.md.
export default defineConfig({
  integrations: [aanbodgids()],
});
