/**
 * The logo named in site.yaml, read from the content folder as the site serves it: an SVG
 * sanitised (a logo is a document that could run script on the site's address), other formats
 * as they are. Its size lets the header hold the logo's place while it loads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { sanitizeSvg } from './sanitize-svg.ts';

export function servedLogo(contentDir: string, source: string): Uint8Array<ArrayBuffer> {
  const file = path.join(contentDir, source);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    throw new Error(`site.yaml: logo.file "${source}" was not found at ${file}. Put the image in the content folder, or remove logo from site.yaml.`);
  }
  return /\.svg$/i.test(file) ? new TextEncoder().encode(sanitizeSvg(new TextDecoder().decode(bytes))) : bytes;
}

export interface LogoSize {
  width: number;
  height: number;
}

/** The served logo's width and height, or undefined when the image does not say (an SVG without size or viewBox). */
export async function logoSize(contentDir: string, source: string): Promise<LogoSize | undefined> {
  try {
    const { width, height } = await imageMetadata(servedLogo(contentDir, source), source);
    return { width: Math.round(width), height: Math.round(height) };
  } catch {
    return undefined;
  }
}
