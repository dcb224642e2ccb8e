/** schools/<id>.yaml: a school, its size and its choices from the optional offer. */
import { z } from 'astro/zod';
import { LEAST_QUANTITY } from '../money/money-limits.ts';
import { budgetEuros, contactSchema, contentObject, count, entryId, noteText, requiredText, schoolType, shortText } from './common.ts';

export const choiceSchema = contentObject({
  /** Id of an optional intervention meant for this school's type. */
  intervention: entryId,
  /** Units taken, 0 to 100.000 (0 keeps the choice and charges nothing); defaults to 1, or to the school's pupil count for a per-pupil cost. */
  quantity: count(LEAST_QUANTITY).optional(),
  /** The school's own remark, e.g. "groep 5 en 6". */
  note: noteText.optional(),
});
export type Choice = z.output<typeof choiceSchema>;

export const schoolSchema = contentObject({
  /** The school's name. */
  name: requiredText,
  /** vve, po, so or vo. */
  type: schoolType,
  /** Number of pupils; drives per-pupil budgets and costs. */
  pupils: count(0),
  /** BRIN number of the school. */
  brin: shortText.optional(),
  /** The school board (bestuur). */
  board: shortText.optional(),
  /** Own budget, written in euros (held in cents); overrides site.yaml's base + perPupil x pupils. */
  budget: budgetEuros.optional(),
  /** The school's contact for this programme, for the project team's order letters and reports; never published. */
  contact: contactSchema.optional(),
  /** What the school chose from the optional offer. */
  choices: z.array(choiceSchema).default([]),
  /** Ids of site.yaml's needs that the school scan named; shown on its page and in its brochure. */
  needs: z.array(entryId).optional(),
  /** The team's own notes on those needs; never published. */
  needsNote: noteText.optional(),
});

export type SchoolData = z.output<typeof schoolSchema>;
