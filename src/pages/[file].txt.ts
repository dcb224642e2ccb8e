/**
 * robots.txt, only where a crawler looks for it: a site with an address (site.yaml `url`)
 * published at the host's root. It lets every crawler in and names the sitemap. A preview
 * (`noindex`) names none and still lets crawlers in: a crawler kept out never reads the pages'
 * noindex, and could list their addresses from links elsewhere.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../site/catalogue.ts';

const atHostRoot = import.meta.env.BASE_URL === '/' && Boolean(import.meta.env.SITE);

export const getStaticPaths = (() => (atHostRoot ? [{ params: { file: 'robots' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const { noindex } = (await loadCatalogue()).site;
  const sitemap = noindex ? '' : `\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`;
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
