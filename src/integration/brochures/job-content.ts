/**
 * What one brochure is drawn from. The catalogue brochure prints everything; a school's brochure
 * only the school, the interventions offered to it (and any it chose) with their providers, and
 * the bodies of those it describes in full. Workers get this much per job instead of the whole
 * catalogue each. It only trims what the renderer is given: the brochure's key is still taken
 * over what is drawn, and a test checks that a school's plan from this equals the one from the
 * whole catalogue.
 */
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import { describedInFull } from '../../brochure/content/full-descriptions.ts';
import { indexOf, mustGet, type School } from '../../core/catalogue.ts';
import { schoolOffer } from '../../core/offer.ts';
import type { BrochureJob } from './brochure-jobs.ts';

function schoolContent(content: BrochureContent, school: School): BrochureContent {
  const { catalogue } = content;
  const offer = schoolOffer(school, catalogue);
  const inFull = describedInFull(offer, catalogue.site.brochure);
  const offered = [...offer.fixed.flatMap((group) => group.items), ...offer.optional.flatMap((group) => group.items.map((item) => item.intervention))];
  const needed = new Set([...offered.map((intervention) => intervention.id), ...school.choices.map((choice) => choice.intervention)]);
  const interventions = catalogue.interventions.filter((intervention) => needed.has(intervention.id));
  const providers = new Set(interventions.map((intervention) => intervention.provider));
  return {
    ...content,
    catalogue: { ...catalogue, schools: [school], interventions, providers: catalogue.providers.filter((provider) => providers.has(provider.id)) },
    bodies: Object.fromEntries(offered.filter((intervention) => inFull(intervention.id)).map((intervention) => [intervention.id, content.bodies[intervention.id] ?? []])),
  };
}

export function jobContent(content: BrochureContent, job: BrochureJob): BrochureContent {
  return job.schoolId ? schoolContent(content, mustGet(indexOf(content.catalogue).schools, job.schoolId, 'school')) : content;
}
