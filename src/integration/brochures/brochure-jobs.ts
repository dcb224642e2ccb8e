/**
 * Which brochures a build makes, and what each one is drawn from: a school's brochure gets only
 * what it prints (job-content.ts), so a worker never holds the whole catalogue for it. A
 * brochure's key is taken where it is planned (render-job.ts).
 */
import { createHash } from 'node:crypto';
import type { BrochureContent } from '../../brochure/brochure-input.ts';

export interface BrochureJob {
  /** `brochures/<school-id>.pdf` or `aanbod.pdf`, relative to the site's output folder. */
  output: string;
  schoolId?: string;
}

/** SOURCE_DATE_EPOCH (the reproducible-builds convention) if set, else the start of the catalogue's period. */
export function brochureDate(content: BrochureContent, env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000).toISOString();
  return `${content.catalogue.site.period?.start ?? '2000-01-01'}T00:00:00.000Z`;
}

/** The day the brochures show the state of: SOURCE_DATE_EPOCH's day if set, else today (read here, at the edge). */
export function asOfDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now).toISOString().slice(0, 10);
}

export const logoHashOf = (content: BrochureContent): string => (content.logo ? createHash('sha256').update(content.logo.bytes).digest('hex') : 'none');

/** The whole-catalogue brochure first: it takes longest, so it should not be the last one drawn. */
export function brochureJobs(content: BrochureContent): BrochureJob[] {
  return [{ output: 'aanbod.pdf' }, ...content.catalogue.schools.map((school) => ({ output: `brochures/${school.id}.pdf`, schoolId: school.id }))];
}
