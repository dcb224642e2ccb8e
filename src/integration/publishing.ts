/** Where the site is published: url and basePath from site.yaml, BASE_PATH in the environment winning. */
import type { Catalogue } from '../core/catalogue.ts';

export interface Publishing {
  base?: string;
  site?: string;
}

export function publishing(site: Catalogue['site'] | undefined, env: NodeJS.ProcessEnv = process.env): Publishing {
  const base = env.BASE_PATH || site?.basePath;
  return { ...(base ? { base } : {}), ...(site?.url ? { site: site.url } : {}) };
}
