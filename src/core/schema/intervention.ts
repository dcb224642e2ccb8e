/** interventions/<id>.mdx frontmatter: one thing a school can get. The MDX body is the full description. */
import { z } from 'astro/zod';
import { entryId, euros, requiredText, schoolType } from './common.ts';

/** Fixed offer every school gets (paid centrally), or optional offer a school chooses from its budget. */
export const OFFER_KINDS = ['fixed', 'optional'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** What one unit of cost buys: the whole school, one pupil, one group (class) or one session. */
export const COST_UNITS = ['school', 'pupil', 'group', 'session'] as const;
export type CostUnit = (typeof COST_UNITS)[number];

export const costSchema = z.object({
  /** Price of one unit in euros. */
  amount: euros,
  /** The unit the amount is charged per. */
  per: z.enum(COST_UNITS),
});
export type Cost = z.output<typeof costSchema>;

export const interventionSchema = z.object({
  /** Name of the intervention. */
  title: requiredText,
  /** One or two plain-text sentences for lists and search results. */
  summary: requiredText,
  /** Id of a domain from site.yaml. */
  domain: entryId,
  /** `fixed` (every school gets it) or `optional` (schools choose it). */
  offer: z.enum(OFFER_KINDS),
  /** Id of the provider (a file in providers/). */
  provider: entryId,
  /** School types it is meant for. */
  schoolTypes: z.array(schoolType).min(1, { message: 'needs at least one school type (vve, po, so or vo)' }),
  /** Price and unit; without it the intervention is free for schools. */
  cost: costSchema.optional(),
  /** Most schools that can take part. */
  capacity: z.number().int({ message: 'must be a whole number' }).positive({ message: 'must be 1 or more' }).optional(),
  /** How long or how often, as text: "10 weken, 1 uur per week". */
  duration: z.string().optional(),
  /** Free keywords that help searching. */
  tags: z.array(z.string()).default([]),
});

export type InterventionData = z.output<typeof interventionSchema>;
