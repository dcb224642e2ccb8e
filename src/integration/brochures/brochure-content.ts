/**
 * Gathers what the renderer needs beside the catalogue: bodies and intro as blocks, the site's
 * address for the covers, the logo's bytes. The validated catalogue is already in catalogue order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import type { Catalogue } from '../../core/catalogue.ts';
import { withoutTeamFields } from '../../core/team-only.ts';
import { publishing } from '../publishing.ts';
import type { Reporter } from '../report.ts';
import type { RawIntervention } from '../read-content.ts';
import { markdownBlocks } from './markdown-blocks.ts';

/** Where the pages are published: site.yaml `url` in full, else the base path (publishing.ts: BASE_PATH wins). */
export function siteAddress(site: Catalogue['site'], env: NodeJS.ProcessEnv = process.env): string {
  const withSlash = (address: string) => address.replace(/\/?$/, '/');
  const base = withSlash(publishing(site, env).base ?? '/');
  if (!site.url) return base;
  const url = new URL(withSlash(site.url));
  if (!url.pathname.startsWith(base)) url.pathname = base;
  return url.href;
}

/** The site's logo (site.yaml `logo.file`) when pdf-lib can embed it: PNG or JPEG; an SVG or WebP logo stays on the web pages only. */
function readLogo(contentDir: string, logo: string | undefined, reporter: Reporter): BrochureContent['logo'] {
  if (!logo) return undefined;
  if (!/\.(?:png|jpe?g)$/i.test(logo)) {
    reporter.warn(`⚠ warning: site.yaml: logo "${logo}" is not a PNG or JPEG; the brochures are printed without a logo. Add a PNG version to print it.`);
    return undefined;
  }
  const file = path.resolve(contentDir, logo);
  try {
    return { bytes: readFileSync(file), format: /\.png$/i.test(logo) ? 'png' : 'jpg' };
  } catch {
    reporter.warn(`⚠ warning: site.yaml: logo "${logo}" was not found at ${file}; the brochures are printed without a logo.`);
    return undefined;
  }
}

export function brochureContent(catalogue: Catalogue, raw: RawIntervention[], contentDir: string, reporter: Reporter): BrochureContent {
  return {
    // The content is published for the browser (brochures/catalogue.json): the team's own fields stay out.
    catalogue: withoutTeamFields(catalogue),
    bodies: Object.fromEntries(raw.map((entry) => [entry.id, markdownBlocks(entry.body, entry.format)])),
    intro: catalogue.site.intro ? markdownBlocks(catalogue.site.intro, 'md') : [],
    siteAddress: siteAddress(catalogue.site),
    logo: readLogo(contentDir, catalogue.site.logo?.file, reporter),
  };
}
