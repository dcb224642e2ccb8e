/** site.yaml: the catalogue as a whole. */
import { z } from 'astro/zod';
import { budgetEuros, contactSchema, contentObject, entryId, euros, hexColor, isoDate, requiredText, webUrl } from './common.ts';
import { says } from './messages.ts';
import { vocabulary } from './vocabulary.ts';

/** One peg of the "kapstok": a domain that interventions hang under. */
export const domainSchema = z.strictObject({
  /** Referenced by interventions' `domain` field. */
  id: entryId,
  /** Shown as the domain's name, e.g. "Taalondersteuning". */
  label: requiredText,
  /** One or two sentences shown under the label. */
  description: z.string().optional(),
  /** Colour of the domain's badges and accents; white text is drawn on it. */
  color: hexColor.optional(),
});
export type Domain = z.output<typeof domainSchema>;

/** A theme the school scans name, e.g. begrijpend-lezen; interventions and schools refer to it by id. */
export const needSchema = z.strictObject({
  /** Referenced by the `needs` of interventions and schools. */
  id: entryId,
  /** Shown as the need's name, e.g. "Begrijpend lezen". */
  label: requiredText,
  /** One sentence shown under the label. */
  description: z.string().optional(),
});
export type Need = z.output<typeof needSchema>;

/** Each id once: a second entry with the same id is reported at its id. */
const uniqueIds = (code: 'duplicate-domain' | 'duplicate-need') => (entries: { id: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], input: entry.id, ...says(code) });
    seen.add(entry.id);
  });
};

/** The site's colours as hex codes; the build warns when a pair fails WCAG 2.1 AA contrast. */
export const themeSchema = z.strictObject({
  /** Main colour: header, buttons and links (default #154273, dark blue). */
  primary: hexColor.optional(),
  /** Text on the primary colour (default #ffffff). */
  primaryText: hexColor.optional(),
  /** Body text (default #1a1a1a). */
  text: hexColor.optional(),
  /** Page background (default #ffffff). */
  background: hexColor.optional(),
  /** Ring around whatever has keyboard focus (default #ffbf47, yellow). */
  focus: hexColor.optional(),
  /** Badge colour of fixed offer; white text is drawn on it (default #8a4b00, brown). */
  fixed: hexColor.optional(),
  /** Badge colour of optional offer; white text is drawn on it (default #005f73, teal). */
  optional: hexColor.optional(),
});
export type Theme = z.output<typeof themeSchema>;

/** A logo image in the content folder, shown in the header of every page (and on brochure covers when PNG or JPEG). */
export const logoSchema = z.strictObject({
  /** File name inside the content folder: an .svg, .png, .jpg or .webp image. */
  file: z.string().regex(/^(?!\/)(?!.*\.\.)[\w\-./]+\.(?:svg|png|jpe?g|webp)$/i, says('not-a-logo-file')),
  /** Text alternative for screen readers, e.g. "Gemeente Vechtwaarde". */
  alt: requiredText,
});
export type Logo = z.output<typeof logoSchema>;

/**
 * A sub-path: `/`, or names of letters, digits, `-`, `_` and single dots between slashes, as in
 * `/npo-aanbod/`. No empty segment (`//host/x/` would be read as another host), no `..`.
 */
export const BASE_PATH_PATTERN = /^\/(?:[\w-]+(?:\.[\w-]+)*\/)*(?:[\w-]+(?:\.[\w-]+)*)?$/;

export const LANGUAGES = ['nl', 'en'] as const;
/** `nl` or `en`; `Nederlands` and `Engels` (or `Dutch` and `English`) are read as the codes. */
export const languages = vocabulary(LANGUAGES, { nl: { also: ['nederlands', 'dutch'] }, en: { also: ['engels', 'english'] } });

/** `alles` / `all` or `gekozen` / `chosen` (see brochureSchema). */
export const fullDescriptionsWords = vocabulary(['all', 'chosen'], { all: { dutch: 'alles' }, chosen: { dutch: 'gekozen' } });

/**
 * What a school's brochure describes in full. `alles` (`all`): every intervention for the school's type;
 * `gekozen` (`chosen`): only the fixed offer and the school's own choices, the rest of the menu as a table of
 * title, cost, duration and provider pointing to the website and the catalogue brochure. Left out:
 * `all` up to 30 interventions for the school's type, else `chosen` (src/brochure/content/full-descriptions.ts).
 */
export const brochureSchema = z.strictObject({
  fullDescriptions: fullDescriptionsWords.schema.optional(),
  /**
   * The most menu items a school's brochure lists as table rows (when not all are described in
   * full); a larger menu is summarised per domain (number, price range) with the addresses of the
   * catalogue's pages and aanbod.pdf. Left out: 1,000 (src/brochure/content/menu-form.ts).
   */
  menuRowsUpTo: z.number().int(says('not-whole')).nonnegative(says('below-zero')).optional(),
});
export type BrochureSettings = z.output<typeof brochureSchema>;

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
    domains: z
      .array(domainSchema)
      .min(1, says('no-domains'))
      .superRefine(uniqueIds('duplicate-domain')),
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
    needs: z.array(needSchema).superRefine(uniqueIds('duplicate-need')).optional(),
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

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
