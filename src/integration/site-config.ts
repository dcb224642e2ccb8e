/**
 * What the integration sets in Astro's configuration: the settings the site it builds depends on,
 * which are its own, not the user's (a user's astro.config.mjs lists `aanbodgids()` and little else).
 */
import mdx from '@astrojs/mdx';
import type { AstroIntegration, HookParameters } from 'astro';
import { passthroughImageService } from 'astro/config';
import type { CheckedFolder } from './checked-folder.ts';
import { handOffPlugin } from './hand-off.ts';
import { publishing, sitemapWhenPublished } from './publishing.ts';
import { viteSettings } from './vite-settings.ts';

export interface SiteConfigInput {
  checked: CheckedFolder;
  /** The BASE_PATH option, which wins over site.yaml's basePath. */
  basePath: string | undefined;
  /** Astro's cache folder for this content folder. */
  cacheDir: URL;
  /** The integration that publishes the build: added last, so it runs after every other one. */
  publish: AstroIntegration;
}

type ConfigUpdate = Parameters<HookParameters<'astro:config:setup'>['updateConfig']>[0];

export function siteConfig({ checked, basePath, cacheDir, publish }: SiteConfigInput): ConfigUpdate {
  return {
    // base and site from site.yaml (BASE_PATH winning).
    ...publishing(checked.catalogue?.site, basePath),
    cacheDir,
    // Pagefind and the links read every page as <path>/index.html.
    trailingSlash: 'always',
    build: { format: 'directory' },
    // Content images are copied as they are: a provider's image must never run code at build time (no sharp).
    image: { service: passthroughImageService() },
    // No dev toolbar, no telemetry-style extras: the site makes no requests to other hosts.
    devToolbar: { enabled: false },
    vite: viteSettings([handOffPlugin(checked)]),
    // Added after aanbodgids, in this order: MDX bodies; the sitemap (only for a site with a url),
    // written before the build is published; then the publishing step itself.
    integrations: [mdx(), sitemapWhenPublished(checked.catalogue?.site.noindex), publish],
  };
}
