/**
 * Validation at the edge: raw parsed files in, a typed catalogue (or every problem) out.
 * No file system here: the Node reader hands over what it read, so the same check runs in
 * the build, in tests and in the browser.
 */
import type { z } from 'astro/zod';
import type { Catalogue, Intervention, Provider, School } from '../catalogue/catalogue-model.ts';
import type { Language } from '../strings/labels.ts';
import { inCatalogueOrder } from '../catalogue/catalogue-order.ts';
import { interventionSchema } from '../schema/intervention.ts';
import { providerSchema } from '../schema/provider.ts';
import { schoolSchema } from '../schema/school.ts';
import { languages } from '../schema/language.ts';
import { siteSchema } from '../schema/site.ts';
import { synonymsSchema } from '../schema/synonyms.ts';
import { crossCheck } from './cross-check.ts';
import { sortProblems, type Problem } from './problem.ts';
import { problemsFromZod } from './schema-issues.ts';
import { catalogueWarnings } from './warnings.ts';

/** One file as read: its id, its display path and its parsed data (frontmatter for interventions). */
export interface RawEntry {
  id: string;
  file: string;
  data: unknown;
}

export interface RawContent {
  /** Undefined when site.yaml is missing (the reader reports why). An entry's data is undefined when unreadable. */
  site: RawEntry | undefined;
  providers: RawEntry[];
  interventions: RawEntry[];
  schools: RawEntry[];
  /** synonyms.yaml, when the folder has one. */
  synonyms?: RawEntry;
}

/** Problems and warnings come with the language to report them in: site.yaml's, even when site.yaml has problems. */
export type ValidationResult = { language: Language } & (
  | { ok: true; catalogue: Catalogue; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] }
);

/** The language site.yaml asks for, read from its raw data so a broken catalogue is reported in it too; Dutch otherwise. */
export function languageOf(site: RawEntry | undefined): Language {
  const written = (site?.data as { language?: unknown } | undefined)?.language;
  return languages.normalise(written) === 'en' ? 'en' : 'nl';
}

/** Parses each entry with its schema, collecting problems instead of stopping at the first. */
function parseAll<S extends z.ZodType, T>(
  entries: RawEntry[],
  schema: S,
  problems: Problem[],
  build: (entry: RawEntry, data: z.output<S>) => T,
): T[] {
  return entries.flatMap((entry) => {
    // A file the reader could not parse is already reported; its schema problems would only be noise.
    if (entry.data === undefined) return [];
    const result = schema.safeParse(entry.data);
    if (result.success) return [build(entry, result.data)];
    problems.push(...problemsFromZod(entry.file, entry.data, result.error, schema));
    return [];
  });
}

const idsOf = (entries: RawEntry[]) => new Set(entries.map((entry) => entry.id));

/**
 * 1. Parse every file against its schema.
 * 2. When all files parse, check references and choice rules across files.
 * 3. Collect the warnings (over budget, over capacity, not checked recently) of a valid catalogue, in catalogue order.
 * The build date (YYYY-MM-DD) is passed in, never read from the clock here; without it nothing is judged stale.
 */
export function validateCatalogue(raw: RawContent, readProblems: Problem[] = [], options: { buildDate?: string } = {}): ValidationResult {
  const problems = [...readProblems];
  const sourced = (entry: RawEntry) => ({ id: entry.id, file: entry.file });

  const [site] = raw.site ? parseAll([raw.site], siteSchema, problems, (entry, data) => ({ ...data, file: entry.file })) : [];
  const providers = parseAll(raw.providers, providerSchema, problems, (e, d): Provider => ({ ...d, ...sourced(e) }));
  const interventions = parseAll(raw.interventions, interventionSchema, problems, (e, d): Intervention => ({ ...d, ...sourced(e) }));
  const schools = parseAll(raw.schools, schoolSchema, problems, (e, d): School => ({ ...d, ...sourced(e) }));
  const [synonyms] = raw.synonyms ? parseAll([raw.synonyms], synonymsSchema, problems, (_entry, groups) => groups) : [];

  // Cross-checks run even when some files failed, over the files that parsed, so one run reports everything.
  const partial: Catalogue | undefined = site && { site, providers, interventions, schools, ...(synonyms && { synonyms }) };
  const existing = { providers: idsOf(raw.providers), interventions: idsOf(raw.interventions) };
  // References are checked for every intervention file, also those that failed their schema for another field.
  const refs = raw.interventions.map(({ file, data }) => {
    const fields = (data ?? {}) as { domain?: unknown; provider?: unknown };
    return { file, domain: fields.domain, provider: fields.provider };
  });
  if (partial) problems.push(...crossCheck(partial, existing, refs));
  const language = languageOf(raw.site);
  if (!partial || problems.length > 0) return { ok: false, language, problems: sortProblems(problems), warnings: [] };
  const catalogue = inCatalogueOrder(partial);
  return { ok: true, language, catalogue, warnings: catalogueWarnings(catalogue, options.buildDate) };
}
