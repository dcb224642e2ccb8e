/** Where the site is published: url and basePath from site.yaml, BASE_PATH in the environment winning. */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { Catalogue } from '../core/catalogue.ts';

export interface Publishing {
  base?: string;
  site?: string;
}

export function publishing(site: Catalogue['site'] | undefined, env: NodeJS.ProcessEnv = process.env): Publishing {
  const base = env.BASE_PATH || site?.basePath;
  return { ...(base ? { base } : {}), ...(site?.url ? { site: site.url } : {}) };
}

/**
 * A site that knows its address (site.yaml `url`) gets a sitemap from Astro's own sitemap
 * integration (sitemap-index.xml with its parts); without an address it could only list paths, so
 * it is skipped without the sitemap integration's warning. Listed before aanbodgids in the
 * config, so it writes into the build's staging folder before aanbodgids publishes it.
 */
export function sitemapWhenPublished(): AstroIntegration {
  const inner = sitemap({ filter: (page) => !/\/404\/?$/.test(page) });
  let published = false;
  return {
    name: inner.name,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (params) => {
        published = Boolean(params.config.site);
        await inner.hooks['astro:config:done']?.(params);
      },
      'astro:build:done': async (params) => {
        if (published) await inner.hooks['astro:build:done']?.(params);
      },
    },
  };
}
