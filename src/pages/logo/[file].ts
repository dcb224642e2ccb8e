/**
 * The logo named in site.yaml (the brochures' cover logo too), served from the content folder
 * at /logo/<file name>, so it follows the base path like every other page and needs no copying step.
 * An SVG logo is a document that could run script on the site's address: it is served sanitised.
 */
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { checkedFolder } from '../../integration/catalogue-store.ts';
import { servedLogo } from '../../integration/logo-file.ts';
import { loadCatalogue } from '../../site/catalogue.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { site } = await loadCatalogue();
  if (!site.logo) return [];
  return [{ params: { file: path.basename(site.logo.file) }, props: { source: site.logo.file } }];
};

export const GET: APIRoute = ({ props }) => new Response(servedLogo(checkedFolder().contentDir, props.source as string));
