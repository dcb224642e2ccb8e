/**
 * Which brochures a build makes, and the content hash of each one's inputs: a brochure whose
 * hash is in the cache is copied, not drawn again. A school's hash covers only what its brochure
 * shows (the site, the school, the interventions for its type and their providers).
 */
import { createHash } from 'node:crypto';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import { brochureKeySource, documentIdOf } from '../../brochure/document-key.ts';
import type { School } from '../../core/catalogue.ts';

export interface BrochureJob {
  /** `brochures/<school-id>.pdf` or `aanbod.pdf`, relative to the site's output folder. */
  output: string;
  schoolId?: string;
  /** Content hash of everything the brochure is drawn from. */
  key: string;
  meta: { date: string; documentId: string };
}

/** SOURCE_DATE_EPOCH (the reproducible-builds convention) if set, else the start of the catalogue's period. */
export function brochureDate(content: BrochureContent, env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000).toISOString();
  return `${content.catalogue.site.period?.start ?? '2000-01-01'}T00:00:00.000Z`;
}

export const logoHashOf = (content: BrochureContent): string => (content.logo ? createHash('sha256').update(content.logo.bytes).digest('hex') : 'none');

export function brochureJobs(content: BrochureContent, fontsHash: string, date: string): BrochureJob[] {
  const hashes = { fonts: fontsHash, logo: logoHashOf(content) };
  const job = (output: string, school: School | undefined): BrochureJob => {
    const key = createHash('sha256').update(brochureKeySource(content, school, hashes, date)).digest('hex');
    return { output, schoolId: school?.id, key, meta: { date, documentId: documentIdOf(key) } };
  };
  return [...content.catalogue.schools.map((school) => job(`brochures/${school.id}.pdf`, school)), job('aanbod.pdf', undefined)];
}
