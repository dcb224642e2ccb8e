/**
 * The site's icon when site.yaml names no logo: a neutral square in the theme's primary colour
 * with three lines, like a list. Without an icon every browser asks for /favicon.ico and gets a 404.
 */
import type { APIRoute } from 'astro';
import { themeOf } from '../core/theme/theme.ts';
import { loadCatalogue } from '../site/catalogue.ts';

export const GET: APIRoute = async () => {
  const { primary, primaryText } = themeOf((await loadCatalogue()).site);
  // Both colours are schema-checked hex codes, safe inside the SVG.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${primary}"/><path d="M8 10h16M8 16h16M8 22h10" stroke="${primaryText}" stroke-width="3" stroke-linecap="round"/></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
