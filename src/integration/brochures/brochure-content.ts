/**
 * Gathers what the renderer needs beside the catalogue: bodies and intro as blocks, the site's
 * address for the covers, the logo's bytes. The validated catalogue is already in catalogue order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import type { Catalogue } from '../../core/catalogue/catalogue-model.ts';
import { publicCatalogue } from '../../core/catalogue/public-view.ts';
import { publishing } from '../publishing.ts';
import { reportWarnings, type Reporter } from '../report.ts';
import type { RawIntervention } from '../read-content.ts';
import { markdownBlocks } from './markdown-blocks.ts';
import { svgToPng } from './svg-logo.ts';

/** Where the pages are published: site.yaml `url` in full, else the base path (publishing.ts: the BASE_PATH option wins). */
export function siteAddress(site: Catalogue['site'], basePath: string | undefined): string {
  const withSlash = (address: string) => address.replace(/\/?$/, '/');
  const base = withSlash(publishing(site, basePath).base ?? '/');
  if (!site.url) return base;
  const url = new URL(withSlash(site.url));
  if (!url.pathname.startsWith(base)) url.pathname = base;
  return url.href;
}

/**
 * The site's logo (site.yaml `logo.file`) as pdf-lib embeds it: PNG or JPEG as they are, SVG drawn
 * to PNG here; undefined for a WebP logo (the web pages only). The content check has already
 * refused a logo that is missing, not its format or an SVG that cannot be drawn.
 */
export function readLogo(contentDir: string, logo: string | undefined): BrochureContent['logo'] {
  if (!logo || !/\.(?:png|jpe?g|svg)$/i.test(logo)) return undefined;
  try {
    const bytes = readFileSync(path.resolve(contentDir, logo));
    if (/\.svg$/i.test(logo)) return { bytes: svgToPng(bytes), format: 'png' };
    return { bytes, format: /\.png$/i.test(logo) ? 'png' : 'jpg' };
  } catch {
    return undefined;
  }
}

/** What the brochures are drawn against besides the content. */
export interface BrochureSettings {
  /** The date the brochures say they show the state of: the build's day (build-time.ts). */
  asOf: string;
  /** YYYY-MM-DD availability is judged on (the integration's check); without it nothing is marked not available. */
  buildDate?: string;
  /** The BASE_PATH option, for the site's address on the covers. */
  basePath?: string;
}

/** The brochures are public and published for the browser: they are drawn from the public view alone. */
export function brochureContent(catalogue: Catalogue, raw: RawIntervention[], contentDir: string, reporter: Reporter, settings: BrochureSettings): BrochureContent {
  const { site } = catalogue;
  if (!site.url) {
    reportWarnings([{ file: site.file, kind: 'no-site-url', params: { municipality: site.municipality } }], reporter, site.language);
  }
  const logo = readLogo(contentDir, site.logo?.file);
  if (site.logo && !logo) reportWarnings([{ file: site.file, field: ['logo', 'file'], value: site.logo.file, kind: 'logo-not-printed' }], reporter, site.language);
  const howToApply = catalogue.interventions.flatMap((entry) => (entry.howToApply ? [[entry.id, markdownBlocks(entry.howToApply, 'md')] as const] : []));
  return {
    catalogue: publicCatalogue(catalogue),
    bodies: Object.fromEntries(raw.map((entry) => [entry.id, markdownBlocks(entry.body, entry.format)])),
    intro: site.intro ? markdownBlocks(site.intro, 'md') : [],
    steps: (site.steps ?? []).map((step) => markdownBlocks(step, 'md')),
    colophon: site.colophon ? markdownBlocks(site.colophon, 'md') : [],
    asOf: settings.asOf,
    siteAddress: siteAddress(site, settings.basePath),
    logo,
    howToApply: Object.fromEntries(howToApply),
    ...(settings.buildDate ? { buildDate: settings.buildDate } : {}),
  };
}
