// @ts-check
// The baseline for the benchmark: a bare Astro 7 site with one plain page per MDX entry and
// nothing else, so our overhead is measured as a ratio in the same run on the same machine.
import mdx from '@astrojs/mdx';
import { defineConfig, passthroughImageService } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
