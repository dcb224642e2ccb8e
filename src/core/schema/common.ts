/**
 * Building blocks shared by the content schemas: ids, school types, money and dates.
 * Every schema imports zod through `astro/zod`, so the site and the plain-Node scripts
 * validate with the very same code.
 */
import { z } from 'astro/zod';
import { ID_PATTERN, SCHOOL_TYPES, idFromName } from './ids.ts';

export { ID_PATTERN, SCHOOL_TYPES, idFromName };

/** A reference to another entry by its id (checked against the catalogue by the cross-checks). */
export const entryId = z
  .string()
  .regex(ID_PATTERN, { message: 'must be an id: lowercase letters, digits and hyphens (for example "taal-op-school")' });

/** One of SCHOOL_TYPES: vve, po, so or vo. */
export const schoolType = z.enum(SCHOOL_TYPES);
export type SchoolType = z.infer<typeof schoolType>;

/** Text that must hold something besides white space. */
export const requiredText = z.string().trim().min(1, { message: 'must not be empty' });

/** An amount in euros as written by people (`1250` or `12.50`); never negative. */
export const euros = z.number().nonnegative({ message: 'must be 0 or more euros' });

/** An e-mail address. */
export const email = z.email({ message: 'is not a valid e-mail address (expected something like info@example.nl)' });

/** A web address; only http and https, so content can never smuggle in a `javascript:` link. */
export const webUrl = z.url({
  protocol: /^https?$/,
  message: 'is not a valid web address (expected something like https://www.example.nl)',
});

/**
 * A calendar date, `YYYY-MM-DD`. YAML parsers differ on whether an unquoted date becomes
 * a Date or a string, so both are accepted and normalised to the ISO string.
 */
export const isoDate = z.union(
  [
    z.iso.date({ message: 'is not a date (expected YYYY-MM-DD)' }),
    z.date().transform((date) => date.toISOString().slice(0, 10)),
  ],
  { message: 'is not a date (expected YYYY-MM-DD)' },
);

/** A CSS colour written as hex (`#1b6e53` or `#fff`), the form people copy from style guides. */
export const hexColor = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { message: 'is not a colour (expected a hex code like #1b6e53)' });
