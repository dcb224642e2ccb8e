/**
 * The plain constants behind ids and school types, without zod, so browser code (the search
 * page) can check URL values with the same rules and without shipping the schema library.
 */

/** Ids are file names without extension: lowercase letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The school types of the Dutch system: early childhood (vve), primary (po), special (so), secondary (vo). */
export const SCHOOL_TYPES = ['vve', 'po', 'so', 'vo'] as const;

/** Is this one of SCHOOL_TYPES? For values from URLs and storage, which no schema has checked. */
export const isSchoolType = (value: unknown): value is (typeof SCHOOL_TYPES)[number] => (SCHOOL_TYPES as readonly unknown[]).includes(value);

/** An id made from a name: "Basisschool De Linde" -> "basisschool-de-linde", "Oekraïne" -> "oekraine". */
export function idFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
