/**
 * What a build wrote, measured from the files: pages and their total size, the heaviest page
 * without search (its HTML and its stylesheets, gzipped, as a browser downloads them), the
 * Pagefind index, and the brochures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface OutputMeasures {
  pages: number;
  pagesBytes: number;
  /** HTML + CSS, gzipped, of the heaviest page, and which page that is. */
  heaviestPage: { path: string; gzipBytes: number };
  /** Pages over the 50 KB goal (HTML + CSS gzipped). */
  pagesOver50Kb: number;
  pagefindBytes: number;
  schoolBrochures: number;
  schoolBrochureAverageBytes: number;
  schoolBrochureLargestBytes: number;
  catalogueBrochureBytes: number;
}

const PAGE_WEIGHT_GOAL_BYTES = 50 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes).length;

/** Stylesheets a page links, by their href (the same few files for every page, so gzipped once each). */
function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].flatMap(([tag]) => /href="([^"]+)"/.exec(tag)?.[1] ?? []);
}

export function measureOutput(siteDir: string, basePath = '/'): OutputMeasures {
  const files = filesUnder(siteDir);
  const html = files.filter((file) => file.endsWith('.html'));
  const cssGzip = new Map<string, number>();
  const cssWeight = (href: string) => {
    if (!cssGzip.has(href)) cssGzip.set(href, gzipSize(readFileSync(path.join(siteDir, href.slice(basePath.length)))));
    return cssGzip.get(href) ?? 0;
  };

  let pagesBytes = 0;
  let pagesOver50Kb = 0;
  let heaviestPage = { path: '', gzipBytes: 0 };
  for (const file of html) {
    const bytes = readFileSync(file);
    pagesBytes += bytes.length;
    const weight = gzipSize(bytes) + stylesheetsOf(bytes.toString()).reduce((sum, href) => sum + cssWeight(href), 0);
    if (weight > PAGE_WEIGHT_GOAL_BYTES) pagesOver50Kb++;
    if (weight > heaviestPage.gzipBytes) heaviestPage = { path: path.relative(siteDir, file), gzipBytes: weight };
  }

  const sizeOf = (file: string) => statSync(file).size;
  const schoolBrochures = files.filter((file) => file.includes(`${path.sep}brochures${path.sep}`) && file.endsWith('.pdf')).map(sizeOf);
  const catalogue = path.join(siteDir, 'aanbod.pdf');
  return {
    pages: html.length,
    pagesBytes,
    heaviestPage,
    pagesOver50Kb,
    pagefindBytes: files.filter((file) => file.includes(`${path.sep}pagefind${path.sep}`)).reduce((sum, file) => sum + sizeOf(file), 0),
    schoolBrochures: schoolBrochures.length,
    schoolBrochureAverageBytes: schoolBrochures.length ? Math.round(schoolBrochures.reduce((a, b) => a + b, 0) / schoolBrochures.length) : 0,
    schoolBrochureLargestBytes: Math.max(0, ...schoolBrochures),
    catalogueBrochureBytes: statSync(catalogue, { throwIfNoEntry: false })?.size ?? 0,
  };
}
