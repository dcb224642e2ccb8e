/** What a choice costs a school. */
import type { Intervention, School } from '../catalogue/catalogue-model.ts';
import type { Cents } from '../money/money.ts';
import type { Choice } from '../schema/school.ts';

/** Units a choice takes: as written, else the pupil count for a per-pupil cost, else 1. */
export function quantityOf(choice: Choice, intervention: Intervention, school: Pick<School, 'pupils'>): number {
  if (choice.quantity !== undefined) return choice.quantity;
  return intervention.cost?.per === 'pupil' ? school.pupils : 1;
}

/** Price of one unit in cents; free when the intervention names no cost. */
export const unitPriceOf = (intervention: Pick<Intervention, 'cost'>): Cents => intervention.cost?.amount ?? 0;

/** Charge of a choice: unit price x quantity. Fixed offer is paid centrally and never charged to a school. */
export function chargeOf(choice: Choice, intervention: Intervention, school: Pick<School, 'pupils'>): Cents {
  if (intervention.offer === 'fixed') return 0;
  return unitPriceOf(intervention) * quantityOf(choice, intervention, school);
}
