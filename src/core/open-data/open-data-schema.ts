/**
 * The shape of the open data (aanbod.json): every intervention with its public fields, its
 * provider and domain resolved and amounts in euros, so other tools can reuse the catalogue
 * without reading our content files. aanbod.schema.json is generated from this schema.
 */
import { z } from 'astro/zod';
import { SCHOOL_TYPES } from '../schema/ids.ts';
import { COST_UNITS, OFFER_KINDS } from '../schema/intervention.ts';

const openDataProvider = z.object({
  id: z.string(),
  name: z.string(),
  website: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  contactPerson: z.string().optional(),
});

export const openDataIntervention = z.object({
  id: z.string().describe('Stable id: the file name without extension'),
  url: z.string().optional().describe("The intervention's page, when site.yaml gives the site's address"),
  title: z.string(),
  summary: z.string(),
  domain: z.object({ id: z.string(), label: z.string() }),
  offer: z.enum(OFFER_KINDS).describe('fixed: every school of the types gets it, paid centrally; optional: schools choose it from their budget'),
  provider: openDataProvider,
  schoolTypes: z.array(z.enum(SCHOOL_TYPES)),
  cost: z
    .object({ amountEuros: z.number().nonnegative().describe('Price of one unit in euros'), per: z.enum(COST_UNITS) })
    .optional()
    .describe('Left out when the intervention is free'),
  capacity: z.number().int().positive().optional().describe('Most schools that can take part'),
  duration: z.string().optional(),
  tags: z.array(z.string()),
  body: z.string().describe('The full description as plain text'),
});
export type OpenDataIntervention = z.infer<typeof openDataIntervention>;

export const openDataSchema = z
  .object({
    title: z.string(),
    municipality: z.string(),
    language: z.enum(['nl', 'en']),
    period: z.object({ start: z.string(), end: z.string() }).optional(),
    license: z.object({ name: z.string(), url: z.string() }).optional(),
    interventions: z.array(openDataIntervention),
  })
  .meta({ title: 'aanbodgids open data', description: 'An NPO catalogue of interventions for schools, as published by aanbodgids' });
export type OpenData = z.infer<typeof openDataSchema>;

/** aanbod.schema.json: the schema above as JSON Schema (draft 2020-12). */
export const openDataJsonSchema = () => z.toJSONSchema(openDataSchema, { io: 'output' });
