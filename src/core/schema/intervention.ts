/** interventions/<id>.mdx frontmatter: one thing a school can get. The MDX body is the full description. */
import { z } from 'astro/zod';
import { contentObject, count, entryId, euros, filledText, MAX_NOTE_TEXT, requiredText, schoolType, shortText } from './common.ts';
import { fitFields } from './fit.ts';
import { says } from './messages.ts';
import { vocabulary } from './vocabulary.ts';

/** Fixed offer every school gets (paid centrally), or optional offer a school chooses from its budget. */
export const OFFER_KINDS = ['fixed', 'optional'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
/** Written `vast` or `keuze` by Dutch teams; read as `fixed` and `optional`. */
export const offerKinds = vocabulary(OFFER_KINDS, { fixed: { dutch: 'vast' }, optional: { dutch: 'keuze' } });

/** What one unit of cost buys: the whole school, one pupil, one group (class) or one session. */
export const COST_UNITS = ['school', 'pupil', 'group', 'session'] as const;
export type CostUnit = (typeof COST_UNITS)[number];
/** Written `school`, `leerling`, `groep` (or `klas`) or `bijeenkomst` by Dutch teams. */
export const costUnits = vocabulary(COST_UNITS, {
  school: { dutch: 'school' },
  pupil: { dutch: 'leerling' },
  group: { dutch: 'groep', also: ['klas'] },
  session: { dutch: 'bijeenkomst' },
});

const costSchema = z.strictObject({
  /** Price of one unit, written in euros; held in cents. */
  amount: euros,
  /** The unit the amount is charged per: school, leerling, groep or bijeenkomst (or pupil, group, session). */
  per: costUnits.schema,
});
export type Cost = z.output<typeof costSchema>;

export const interventionSchema = contentObject({
  /** Name of the intervention. */
  title: requiredText,
  /** One or two plain-text sentences for lists and search results. */
  summary: filledText(MAX_NOTE_TEXT),
  /** Id of a domain from site.yaml. */
  domain: entryId,
  /** `vast` / `fixed` (every school gets it) or `keuze` / `optional` (schools choose it). */
  offer: offerKinds.schema,
  /** Id of the provider (a file in providers/). */
  provider: entryId,
  /** School types it is meant for. */
  schoolTypes: z.array(schoolType).min(1, says('no-school-types')),
  /** Price and unit; without it the intervention is free for schools. */
  cost: costSchema.optional(),
  /** Most schools that can take part. */
  capacity: count(1).optional(),
  /** How long or how often, as text: "10 weken, 1 uur per week". */
  duration: shortText.optional(),
  /** Free keywords that help searching. */
  tags: z.array(shortText).default([]),
  /** Needs, recommendation, menukaart, evidence, how to apply, ages or groups, checked and available (see fit.ts). */
  ...fitFields,
});

export type InterventionData = z.output<typeof interventionSchema>;
