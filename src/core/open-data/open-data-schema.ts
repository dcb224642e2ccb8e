/**
 * The shape of the open data (aanbod.json): every intervention with its public fields, its
 * provider and domain resolved and amounts in euros, so other tools can reuse the catalogue
 * without reading our content files. aanbod.schema.json is generated from this schema.
 */
import { z } from 'astro/zod';
import { SCHOOL_TYPES } from '../schema/ids.ts';
import { EVIDENCE_LEVELS } from '../schema/evidence.ts';
import { COST_UNITS, OFFER_KINDS } from '../schema/intervention.ts';
import { MENUKAART_CATEGORIES } from '../schema/menukaart.ts';

const range = z.object({ from: z.number().int().optional(), to: z.number().int().optional() });

const openDataProvider = z.object({
  id: z.string(),
  name: z.string(),
  website: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  contactPerson: z.string().optional(),
});

const openDataIntervention = z.object({
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
  needs: z.array(z.object({ id: z.string(), label: z.string() })).optional().describe('The needs from the school scans it answers'),
  recommended: z.boolean().optional().describe("Prioritised by the municipality's think tanks"),
  recommendedReason: z.string().optional(),
  menukaart: z.array(z.enum(MENUKAART_CATEGORIES)).optional().describe('The NPO menukaart categories (A-F) it falls under; charges count under the first'),
  evidence: z.object({ level: z.enum(EVIDENCE_LEVELS), source: z.string().optional() }).optional().describe('NJi recognition level, or niet-beoordeeld'),
  howToApply: z.string().optional().describe('Markdown: who applies, before when, what to send'),
  ages: range.optional().describe('Ages in years'),
  groups: range.optional().describe('Groep (vve, po, so) or klas (vo) numbers'),
  checked: z.string().optional().describe('Date the team last checked it with the provider'),
  available: z.object({ from: z.string().optional(), until: z.string().optional() }).optional(),
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
