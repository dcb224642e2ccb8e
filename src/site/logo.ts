/** Where the site's header finds the logo of site.yaml (served by src/pages/logo/[file].ts). */
import path from 'node:path';
import { link } from './paths.ts';

export const logoUrl = (logoFile: string): string => link(`logo/${path.basename(logoFile)}`);
