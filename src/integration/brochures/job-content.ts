/**
 * What a brochure is drawn from, split so that workers hold only what they draw. Every worker
 * gets the shared part once: the site, the providers, the interventions' records (a school's
 * menu table prints about half of them) and the schools (a menu prints the places other schools
 * left). Each job brings the bodies it describes in full (a school's brochure: those of its
 * offer in full; the catalogue brochure: all of them). This only trims what the renderer is given: the key is still
 * taken over what is drawn, and a test checks that every plan from a job's content equals the
 * plan from the whole content.
 */
import type { Block } from '../../brochure/blocks.ts';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import { describedInFull } from '../../brochure/content/full-descriptions.ts';
import { indexOf, mustGet, type School } from '../../core/catalogue/catalogue-model.ts';
import { schoolOffer } from '../../core/catalogue/school-offer.ts';
import type { BrochureJob } from './brochure-jobs.ts';

/** The content without its bodies: sent to each worker once. */
export type SharedContent = Omit<BrochureContent, 'bodies'>;

/** What one job adds to the shared content. */
export interface JobPart {
  bodies: Record<string, Block[]>;
}

export function sharedContent(content: BrochureContent): SharedContent {
  const { bodies, ...shared } = content;
  return shared;
}

function schoolPart(content: BrochureContent, school: School): JobPart {
  const offer = schoolOffer(school, content.catalogue);
  const inFull = describedInFull(offer, content.catalogue.site.brochure);
  const offered = [...offer.fixed.flatMap((group) => group.items), ...offer.optional.flatMap((group) => group.items.map((item) => item.intervention))];
  const bodies = offered.filter((intervention) => inFull(intervention.id)).map((intervention) => [intervention.id, content.bodies[intervention.id] ?? []]);
  return { bodies: Object.fromEntries(bodies) };
}

export function jobPart(content: BrochureContent, job: BrochureJob): JobPart {
  if (!job.schoolId) return { bodies: content.bodies };
  return schoolPart(content, mustGet(indexOf(content.catalogue).schools, job.schoolId, 'school'));
}

export function jobContent(shared: SharedContent, part: JobPart): BrochureContent {
  return { ...shared, bodies: part.bodies };
}
