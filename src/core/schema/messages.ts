/**
 * The schemas' own error messages are codes, not sentences: the validator turns each code into a
 * problem kind, written out in the site's language only when the report is printed.
 */
const SCHEMA_MESSAGES = [
  'not-an-id',
  'empty',
  'negative-euros',
  'too-many-decimals',
  'above-max-amount',
  'above-max-budget',
  'above-max-quantity',
  'not-a-number',
  'not-an-email',
  'not-a-url',
  'not-a-date',
  'not-a-colour',
  'not-whole',
  'below-one',
  'below-zero',
  'ends-before-start',
  'duplicate-domain',
  'not-a-logo-file',
  'not-a-base-path',
  'no-domains',
  'no-school-types',
  'from-after-to',
  'menukaart-f-alone',
  'duplicate-need',
  'lonely-synonym',
] as const;
export type SchemaMessage = (typeof SCHEMA_MESSAGES)[number];

/** The zod options that make a check report `code`: `z.string().min(1, says('empty'))`. */
export const says = (code: SchemaMessage) => ({ message: code });

export function isSchemaMessage(message: string): message is SchemaMessage {
  return (SCHEMA_MESSAGES as readonly string[]).includes(message);
}
