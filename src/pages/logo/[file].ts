/**
 * The logo named in site.yaml (the brochures' cover logo too), served from the content folder
 * at /logo/<file name>, so it follows the base path like every other page and needs no copying step.
 * An SVG logo is a document that could run script on the site's address: it is served sanitised.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { checkedFolder } from '../../integration/catalogue-store.ts';
import { sanitizeSvg } from '../../integration/sanitize-svg.ts';
import { loadCatalogue } from '../../site/catalogue.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { site } = await loadCatalogue();
  if (!site.logo) return [];
  return [{ params: { file: path.basename(site.logo.file) }, props: { source: site.logo.file } }];
};

export const GET: APIRoute = ({ props }) => {
  const file = path.join(checkedFolder().contentDir, props.source as string);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    throw new Error(`site.yaml: logo.file "${props.source}" was not found at ${file}. Put the image in the content folder, or remove logo from site.yaml.`);
  }
  if (/\.svg$/i.test(file)) return new Response(sanitizeSvg(new TextDecoder().decode(bytes)));
  return new Response(bytes);
};
