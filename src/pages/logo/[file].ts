/**
 * The logo named in site.yaml (the brochures' cover logo too), served from the content folder
 * at /logo/<file name>, so it follows the base path like every other page and needs no copying step.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { checkedFolder } from '../../integration/catalogue-store.ts';
import { loadCatalogue } from '../../site/catalogue.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { site } = await loadCatalogue();
  if (!site.logo) return [];
  return [{ params: { file: path.basename(site.logo.file) }, props: { source: site.logo.file } }];
};

export const GET: APIRoute = ({ props }) => {
  const file = path.join(checkedFolder().contentDir, props.source as string);
  try {
    return new Response(readFileSync(file));
  } catch {
    throw new Error(`site.yaml: logo.file "${props.source}" was not found at ${file}. Put the image in the content folder, or remove logo from site.yaml.`);
  }
};
