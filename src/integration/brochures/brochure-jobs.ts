/**
 * Which brochures a build makes, and what each one is drawn from: a school's brochure gets only
 * what it prints (job-content.ts), so a worker never holds the whole catalogue for it. A
 * brochure's key is taken where it is planned (render-job.ts).
 */
import { createHash } from 'node:crypto';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import type { BuildTime } from '../build-time.ts';

export interface BrochureJob {
  /** `brochures/<school-id>.pdf` or `aanbod.pdf`, relative to the site's output folder. */
  output: string;
  schoolId?: string;
}

/** The brochures' metadata date: the build's fixed moment (SOURCE_DATE_EPOCH) if given, else the start of the catalogue's period, so it never follows the clock. */
export function brochureDate(content: BrochureContent, time: BuildTime): string {
  return time.fixed ?? `${content.catalogue.site.period?.start ?? '2000-01-01'}T00:00:00.000Z`;
}

export const logoHashOf = (content: BrochureContent): string => (content.logo ? createHash('sha256').update(content.logo.bytes).digest('hex') : 'none');

/** The whole-catalogue brochure first: it takes longest, so it should not be the last one drawn. */
export function brochureJobs(content: BrochureContent): BrochureJob[] {
  return [{ output: 'aanbod.pdf' }, ...content.catalogue.schools.map((school) => ({ output: `brochures/${school.id}.pdf`, schoolId: school.id }))];
}
