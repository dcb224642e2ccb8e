/** Where the site's header finds the logo of site.yaml (served by src/pages/logo/[file].ts), and its size. */
import path from 'node:path';
import { getEntry } from 'astro:content';
import { link } from './paths.ts';

export const logoUrl = (logoFile: string): string => link(`logo/${path.basename(logoFile)}`);

/** The logo's width and height for its img, so the header keeps its size while the image loads; undefined when the image does not say. */
export async function headerLogoSize(logoFile: string): Promise<{ width: number; height: number } | undefined> {
  const logo = await getEntry('logo', path.basename(logoFile));
  const { width, height } = logo?.data ?? {};
  return width !== undefined && height !== undefined ? { width, height } : undefined;
}
