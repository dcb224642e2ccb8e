/** site.yaml's domains: the "kapstok" every intervention hangs under. */
import { z } from 'astro/zod';
import { entryId, hexColor, noteText, requiredText, uniqueIds } from './common.ts';
import { says } from './messages.ts';

/** One peg of the "kapstok": a domain that interventions hang under. */
const domainSchema = z.strictObject({
  /** Referenced by interventions' `domain` field. */
  id: entryId,
  /** Shown as the domain's name, e.g. "Taalondersteuning". */
  label: requiredText,
  /** One or two sentences shown under the label. */
  description: noteText.optional(),
  /** Colour of the domain's badges and accents; white text is drawn on it. */
  color: hexColor.optional(),
});
export type Domain = z.output<typeof domainSchema>;

/** The "kapstok": one or more domains, each id once. */
export const domainsSchema = z.array(domainSchema).min(1, says('no-domains')).superRefine(uniqueIds('duplicate-domain'));
