/** site.yaml: the catalogue as a whole. Each setting with its own parts has its own file beside this one. */
import { z } from 'astro/zod';
import { BASE_PATH_PATTERN } from './base-path.ts';
import { brochureSchema } from './brochure-settings.ts';
import { budgetEuros, contactSchema, contentObject, euros, isoDate, requiredText, webUrl } from './common.ts';
import { domainsSchema } from './domain.ts';
import { languages } from './language.ts';
import { says } from './messages.ts';
import { needsSchema } from './need.ts';
import { logoSchema } from './site-logo.ts';
import { themeSchema } from './theme-colours.ts';

/** The fields of site.yaml; siteSchema below is what reads the file. */
const siteFields = z
  .object({
    /** Name of the catalogue, e.g. "NPO-aanbod 2025-2026". */
    title: requiredText,
    /** The municipality that publishes it; also the PDF author. */
    municipality: requiredText,
    /** School year or programme period the offer covers. */
    period: z
      .strictObject({ start: isoDate, end: isoDate })
      .refine((period) => period.start <= period.end, { ...says('ends-before-start'), path: ['end'] })
      .optional(),
    /** Markdown shown on the home page and in brochures. */
    intro: z.string().optional(),
    /** Where schools send their choices and questions. */
    contact: contactSchema.optional(),
    /** Language of the interface: Dutch (default) or English. */
    language: languages.schema.default('nl'),
    /**
     * What the interface and the brochures call a domain, e.g. `{ singular: Aandachtsgebied, plural:
     * Aandachtsgebieden }`; left out: Domein and Domeinen (Domain and Domains in English). Addresses such as /domeinen/ stay.
     */
    domainsName: z.object({ singular: requiredText, plural: requiredText }).optional(),
    /** The "kapstok": one or more domains. */
    domains: domainsSchema,
    /** How a school's budget is computed when its own file names none: base + perPupil x pupils. */
    budget: z.strictObject({ base: budgetEuros, perPupil: euros }).optional(),
    /** Public address of the published site, e.g. https://www.gemeente.nl/npo-aanbod/. */
    url: webUrl.optional(),
    /**
     * A preview publication, not for search engines: every page asks them not to index it (meta
     * robots noindex) and the site gets no sitemap. Off when left out.
     */
    noindex: z.boolean().optional(),
    /** Sub-path the site is published under, e.g. /npo-aanbod/ (the BASE_PATH variable overrides it). */
    basePath: z.string().regex(BASE_PATH_PATTERN, says('not-a-base-path')).optional(),
    /** Colours of the site, so a municipality restyles it without code. */
    theme: themeSchema.optional(),
    /** The municipality's logo. */
    logo: logoSchema.optional(),
    /** How complete a school's brochure is; automatic when left out. */
    brochure: brochureSchema.optional(),
    /** The themes the school scans name; interventions and schools list the ids of those they answer or have. */
    needs: needsSchema.optional(),
    /** Months after its `checked` date an intervention is reported as not checked recently (default 12). */
    staleAfterMonths: z.number().int(says('not-whole')).positive(says('below-one')).optional(),
    /** The licence of the open data (aanbod.json, aanbod.csv), linked from every page's footer. */
    license: z.strictObject({ name: requiredText, url: webUrl }).optional(),
    /** The project team's reports (reports/ in the project folder). */
    reports: z
      .object({
        /** Also publish them on the site under /rapportage/ (without the schools' contacts); off when left out. */
        publish: z.boolean().optional(),
      })
      .optional(),
    /** Make every build fail when a school is over budget or an offer over capacity (as `npm run build -- --strict`). */
    strict: z.boolean().optional(),
    /** Last day schools hand in their choices, `YYYY-MM-DD`; on the site and in the brochures. */
    deadline: isoDate.optional(),
    /** "Hoe verder": what a school does after reading, one Markdown string a step, in order. */
    steps: z.array(z.string()).optional(),
    /** Who made this offer (development group, think tanks, municipality), as Markdown. */
    colophon: z.string().optional(),
  });

/** site.yaml: its fields, none other, and `extra` for the team's own data. */
export const siteSchema = contentObject(siteFields.shape);

export type Site = z.output<typeof siteSchema>;
