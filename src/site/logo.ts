/** Where the site's header finds the logo of site.yaml (served by src/pages/logo/[file].ts), and its size. */
import path from 'node:path';
import { checkedFolder } from '../integration/catalogue-store.ts';
import { logoSize, type LogoSize } from '../integration/logo-file.ts';
import { link } from './paths.ts';

export const logoUrl = (logoFile: string): string => link(`logo/${path.basename(logoFile)}`);

// Every page's header asks; the file is read once per build (and per logo file in dev mode).
const sizes = new Map<string, Promise<LogoSize | undefined>>();

/** The logo's width and height for its img, so the header keeps its size while the image loads. */
export function headerLogoSize(logoFile: string): Promise<LogoSize | undefined> {
  const { contentDir } = checkedFolder();
  const key = path.join(contentDir, logoFile);
  if (!sizes.has(key)) sizes.set(key, logoSize(contentDir, logoFile));
  return sizes.get(key)!;
}
