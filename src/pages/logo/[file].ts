/**
 * The logo named in site.yaml (the brochures' cover logo too), served at /logo/<file name> as the
 * integration handed it over (the logo collection: an SVG sanitised), so it follows the base path
 * like every other page and needs no copying step.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCollection('logo')).map((logo) => ({ params: { file: logo.id }, props: { bytes: logo.data.bytes } }));

export const GET: APIRoute = ({ props }) => new Response(Buffer.from(props.bytes as string, 'base64'));
