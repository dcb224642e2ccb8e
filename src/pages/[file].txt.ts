/**
 * robots.txt, only where a crawler looks for it: a site with an address (site.yaml `url`)
 * published at the host's root. It lets every crawler in and names the sitemap.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

const atHostRoot = import.meta.env.BASE_URL === '/' && Boolean(import.meta.env.SITE);

export const getStaticPaths = (() => (atHostRoot ? [{ params: { file: 'robots' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
