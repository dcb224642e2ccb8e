/**
 * Building blocks shared by the content schemas: ids, school types, money and dates.
 * Every schema imports zod through `astro/zod`, so the site and the plain-Node scripts
 * validate with the very same code.
 */
import { z } from 'astro/zod';
import { eurosToCents } from '../money/money.ts';
import { amountIssue, countIssue, type AmountKind } from '../money/money-limits.ts';
import { ID_PATTERN, SCHOOL_TYPES } from './ids.ts';
import { says } from './messages.ts';
import { vocabulary } from './vocabulary.ts';

export { SCHOOL_TYPES };

/** A reference to another entry by its id (checked against the catalogue by the cross-checks). */
export const entryId = z
  .string()
  .regex(ID_PATTERN, says('not-an-id'));

/** One of SCHOOL_TYPES: vve, po, so or vo (already Dutch; `PO` is read as `po`). */
export const schoolTypes = vocabulary(SCHOOL_TYPES);
export const schoolType = schoolTypes.schema;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** The longest a name, title, label or other one-line field may be: longer is a pasted paragraph, not a name. */
const MAX_SHORT_TEXT = 200;

/** The longest a note or a one-paragraph text (a summary, a reason, a description of a need) may be. */
export const MAX_NOTE_TEXT = 1000;

/** A one-line text: at most MAX_SHORT_TEXT characters. */
export const shortText = z.string().max(MAX_SHORT_TEXT);

/** A note or a one-paragraph text: at most MAX_NOTE_TEXT characters. */
export const noteText = z.string().max(MAX_NOTE_TEXT);

/** Text that must hold something besides white space, up to `maxLength` characters. */
export const filledText = (maxLength: number) => z.string().trim().min(1, says('empty')).max(maxLength);

/** A name or title that must hold something besides white space: at most MAX_SHORT_TEXT characters. */
export const requiredText = filledText(MAX_SHORT_TEXT);

/** An amount in euros of this kind, checked against the shared limits in money-limits.ts. */
const eurosOf = (kind: AmountKind) =>
  z
    .number()
    .check((ctx) => {
      const issue = amountIssue(ctx.value, kind);
      if (issue) ctx.issues.push({ code: 'custom', input: ctx.value, message: issue === 'above-maximum' ? `above-max-${kind}` : issue });
    })
    .transform(eurosToCents);

/**
 * A price in euros as written by people (`1250` or `12.50`): never negative, at most two decimals,
 * at most € 1.000.000. Read as integer cents: money becomes cents once, here, and nothing after
 * the schema converts it again.
 */
export const euros = eurosOf('amount');

/** A budget in euros: as `euros`, up to € 100.000.000. */
export const budgetEuros = eurosOf('budget');

/** A count (a choice's quantity, a school's pupils): a whole number from `least` up to 100.000. */
export const count = (least: 0 | 1) =>
  z.number().check((ctx) => {
    const issue = countIssue(ctx.value, least);
    if (issue) ctx.issues.push({ code: 'custom', input: ctx.value, message: issue === 'above-maximum' ? 'above-max-quantity' : issue });
  });

/** The field that holds the team's own data on every entry, site.yaml and each choice. */
const EXTRA_FIELD = 'extra';

/** The team's own data: any YAML map, never published and never read by aanbodgids. */
export const extraField = z.record(z.string(), z.unknown());

/**
 * An object of the content contract: a field it does not know is a problem (a misspelt key would
 * otherwise vanish silently), and `extra` holds whatever the team wants to keep beside the fields:
 * any YAML map, never published, never read by aanbodgids.
 */
export const contentObject = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.strictObject({ ...shape, [EXTRA_FIELD]: extraField.optional() } as Shape & { extra: z.ZodOptional<typeof extraField> });

/** An e-mail address. */
export const email = z.email(says('not-an-email'));

/** Who to reach about something: a name, an e-mail address and a phone number, each optional. */
export const contactSchema = z.strictObject({
  /** A person or a team. */
  name: shortText.optional(),
  email: email.optional(),
  /** As people write it, e.g. "030 123 45 67". */
  phone: shortText.optional(),
});

/** A web address; only http and https, so content can never smuggle in a `javascript:` link. */
export const webUrl = z.url({
  protocol: /^https?$/,
  ...says('not-a-url'),
});

/**
 * A calendar date, `YYYY-MM-DD`. YAML parsers differ on whether an unquoted date becomes
 * a Date or a string, so both are accepted and normalised to the ISO string.
 */
export const isoDate = z.union(
  [
    z.iso.date(says('not-a-date')),
    z.date().transform((date) => date.toISOString().slice(0, 10)),
  ],
  says('not-a-date'),
);

/** A CSS colour written as hex (`#1b6e53` or `#fff`), the form people copy from style guides. */
export const hexColor = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, says('not-a-colour'));

/** Each id once: a second entry with the same id is reported at its id. */
export const uniqueIds = (code: 'duplicate-domain' | 'duplicate-need') => (entries: { id: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], input: entry.id, ...says(code) });
    seen.add(entry.id);
  });
};

