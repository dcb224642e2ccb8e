/** Where the site is published: url and basePath from site.yaml, the BASE_PATH option winning. */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { Catalogue } from '../core/catalogue/catalogue-model.ts';
import { BASE_PATH_PATTERN } from '../core/schema/base-path.ts';
import type { Problem } from '../core/validate/problem.ts';

export interface Publishing {
  base?: string;
  site?: string;
}

/**
 * BASE_PATH follows site.yaml's basePath rule: `//host/x/` would be read as another host and
 * `/../` as a place above the site, so a mistyped variable is a problem like a mistyped field.
 */
export function basePathVariableProblems(written: string | undefined): Problem[] {
  if (!written || BASE_PATH_PATTERN.test(written)) return [];
  return [{ file: 'BASE_PATH', kind: 'bad-base-path-variable', value: written, params: {} }];
}

export function publishing(site: Catalogue['site'] | undefined, basePath: string | undefined): Publishing {
  const base = basePath || site?.basePath;
  return { ...(base ? { base } : {}), ...(site?.url ? { site: site.url } : {}) };
}

/**
 * A site that knows its address (site.yaml `url`) gets a sitemap from Astro's own sitemap
 * integration (sitemap-index.xml with its parts); without an address it could only list paths, so
 * it is skipped without the sitemap integration's warning, as it is for a preview (`noindex`),
 * which search engines should not be pointed to. aanbodgids adds it once it has read site.yaml,
 * before its own publishing step (site-config.ts), so it writes into the build's staging folder.
 */
export function sitemapWhenPublished(noindex: boolean | undefined): AstroIntegration {
  const inner = sitemap({ filter: (page) => !/\/404\/?$/.test(page) });
  let published = false;
  return {
    name: inner.name,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (params) => {
        published = Boolean(params.config.site) && !noindex;
        await inner.hooks['astro:config:done']?.(params);
      },
      'astro:build:done': async (params) => {
        if (published) await inner.hooks['astro:build:done']?.(params);
      },
    },
  };
}
