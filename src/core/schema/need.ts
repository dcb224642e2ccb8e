/** site.yaml's needs: the themes the school scans name. */
import { z } from 'astro/zod';
import { entryId, noteText, requiredText, uniqueIds } from './common.ts';

/** A theme the school scans name, e.g. begrijpend-lezen; interventions and schools refer to it by id. */
const needSchema = z.strictObject({
  /** Referenced by the `needs` of interventions and schools. */
  id: entryId,
  /** Shown as the need's name, e.g. "Begrijpend lezen". */
  label: requiredText,
  /** One sentence shown under the label. */
  description: noteText.optional(),
});
export type Need = z.output<typeof needSchema>;

/** The needs of site.yaml, each id once. */
export const needsSchema = z.array(needSchema).superRefine(uniqueIds('duplicate-need'));
