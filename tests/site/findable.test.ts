/** What search engines and link previews read: a description on every page, canonical addresses when the site knows its url. */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFilesOf, readPage } from '../support/built-site.ts';
import { contentWith } from '../support/content-fixture.ts';
import { builtSite, minimalContent } from '../support/fixture-sites.ts';
import { runBuild, testBuildsDir } from '../support/run-build.ts';

const demo = await builtSite('demo');
const minimal = await builtSite('minimal');
// The hostile catalogue is published at the root of its host (site.yaml url https://vijandig.example.nl/).
const atRoot = await builtSite('hostile');

const pagesOf = (dist: string) =>
  htmlFilesOf(dist)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
const meta = (dist: string, urlPath: string, selector: string) =>
  readPage(dist, urlPath).document.querySelector(selector)?.getAttribute('content') ?? readPage(dist, urlPath).document.querySelector(selector)?.getAttribute('href');

describe('meta descriptions', () => {
  test('every page of the demo and the test catalogue has a plain-text description', () => {
    for (const [dist, pages] of [[demo, pagesOf(demo)], [minimal, pagesOf(minimal)]] as const) {
      expect(pages.length).toBeGreaterThan(5);
      for (const urlPath of pages) {
        const description = meta(dist, urlPath, 'meta[name="description"]');
        expect(description, urlPath).toMatch(/\w{3}/);
        expect(description, urlPath).not.toMatch(/[*<>]|\]\(/);
        expect(description!.length, urlPath).toBeLessThanOrEqual(160);
      }
    }
  });

  test('the home page is described by the intro without its Markdown, a school page by its offer', () => {
    expect(meta(minimal, '/', 'meta[name="description"]')).toBe('Een kleine catalogus voor de tests, met vet en alert("intro").');
    expect(meta(demo, '/scholen/obs-de-regenboog/', 'meta[name="description"]')).toMatch(/^Het NPO-aanbod voor OBS De Regenboog: \d+ keer vast aanbod en \d+ keuzes?, met budget en brochure\.$/);
    expect(meta(demo, '/aanbod/voorleesexpress/', 'meta[name="description"]')).toBe(readPage(demo, '/aanbod/voorleesexpress/').text('p.lead'));
  });
});

describe('canonical address and link previews', () => {
  test('a site with a url names each page canonical under it, with Open Graph title and description', () => {
    const urlPath = '/aanbod/';
    expect(meta(minimal, urlPath, 'link[rel="canonical"]')).toBe('https://proefdorp.example.nl/npo-aanbod/aanbod/');
    expect(meta(minimal, urlPath, 'meta[property="og:url"]')).toBe('https://proefdorp.example.nl/npo-aanbod/aanbod/');
    expect(meta(minimal, urlPath, 'meta[property="og:title"]')).toBe(readPage(minimal, urlPath).text('title'));
    expect(meta(minimal, urlPath, 'meta[property="og:description"]')).toBe(meta(minimal, urlPath, 'meta[name="description"]'));
  });

  test('a site without a url claims no address', () => {
    expect(readPage(demo, '/aanbod/').document.querySelectorAll('link[rel="canonical"], meta[property^="og:"]')).toHaveLength(0);
  });
});

describe('sitemap and robots.txt', () => {
  test('a site with a url lists every page but the 404 page in its sitemap, under its address', () => {
    expect(readFileSync(path.join(minimal, 'sitemap-index.xml'), 'utf8')).toContain('<loc>https://proefdorp.example.nl/npo-aanbod/sitemap-0.xml</loc>');
    const listed = [...readFileSync(path.join(minimal, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    const pages = pagesOf(minimal).filter((page) => page !== '/404/').map((page) => `https://proefdorp.example.nl/npo-aanbod${page}`);
    expect(listed.sort()).toEqual(pages.sort());
  });

  test('a site with a url published at the root of its host has a robots.txt that lets crawlers in and names its sitemap', () => {
    expect(readFileSync(path.join(atRoot, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://vijandig.example.nl/sitemap-index.xml\n');
    expect(readFileSync(path.join(atRoot, 'sitemap-index.xml'), 'utf8')).toContain('<loc>https://vijandig.example.nl/sitemap-0.xml</loc>');
    expect(readPage(atRoot, '/').document.querySelectorAll('meta[name="robots"]')).toHaveLength(0);
  });

  test('a site published under a sub-path has no robots.txt (crawlers read it only at the host root), a site without a url no sitemap', () => {
    expect(existsSync(path.join(minimal, 'robots.txt'))).toBe(false);
    expect(readdirSync(demo).filter((file) => /^(sitemap|robots)/.test(file))).toEqual([]);
  });
});

describe('a preview publication: site.yaml noindex: true', () => {
  const outDir = path.join(testBuildsDir, 'noindex');
  beforeAll(async () => {
    const site = readFileSync(path.join(minimalContent, 'site.yaml'), 'utf8').replace(/^url: .*$/m, 'url: https://voorbeeld.proefdorp.example.nl/\nnoindex: true');
    const run = await runBuild({ contentDir: contentWith({ 'site.yaml': site }), outDir, env: { BASE_PATH: '/' }, args: ['--skip-brochures'] });
    if (run.exitCode !== 0) throw new Error(`The noindex build failed:\n${run.output}`);
  }, 300_000);
  afterAll(() => {
    for (const dir of [outDir, `${outDir}-reports`]) rmSync(dir, { recursive: true, force: true });
  });

  test('asks search engines on every page not to index it', () => {
    const pages = pagesOf(outDir);
    expect(pages.length).toBeGreaterThan(5);
    for (const urlPath of pages) expect(meta(outDir, urlPath, 'meta[name="robots"]'), urlPath).toBe('noindex');
  });

  test('has no sitemap, and its robots.txt lets crawlers in to read the noindex but names no sitemap', () => {
    expect(readdirSync(outDir).filter((file) => file.startsWith('sitemap'))).toEqual([]);
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  test('the published pages without noindex carry no robots meta', () => {
    for (const dist of [demo, minimal]) expect(pagesOf(dist).filter((urlPath) => readPage(dist, urlPath).document.querySelector('meta[name="robots"]'))).toEqual([]);
  });
});
