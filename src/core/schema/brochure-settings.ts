/** site.yaml's brochure: how complete a school's brochure is. */
import { z } from 'astro/zod';
import { says } from './messages.ts';
import { vocabulary } from './vocabulary.ts';

/** `alles` / `all` or `gekozen` / `chosen` (see brochureSchema). */
const fullDescriptionsWords = vocabulary(['all', 'chosen'], { all: { dutch: 'alles' }, chosen: { dutch: 'gekozen' } });

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
