/**
 * Things that are allowed but need attention: a school over its budget, an intervention chosen
 * by more schools than it can serve. The build prints them; the pages show them plainly.
 */
import { summarizeBudget } from '../budget.ts';
import { indexOf, type Catalogue, type Intervention, type School } from '../catalogue.ts';
import { formatMoney } from '../money.ts';
import { themeContrastWarnings } from '../theme.ts';
import type { Problem } from './problem.ts';

/** Schools that chose an intervention, for capacity checks and provider pages. */
export function schoolsChoosing(catalogue: Catalogue, interventionId: string): School[] {
  return indexOf(catalogue).choosers.get(interventionId) ?? [];
}

export interface CapacityUse {
  chosenBy: number;
  capacity: number | undefined;
  overCapacity: boolean;
}

export function capacityUse(catalogue: Catalogue, intervention: Intervention): CapacityUse {
  const chosenBy = schoolsChoosing(catalogue, intervention.id).length;
  const { capacity } = intervention;
  return { chosenBy, capacity, overCapacity: capacity !== undefined && chosenBy > capacity };
}

function overBudget(catalogue: Catalogue): Problem[] {
  return catalogue.schools.flatMap((school): Problem[] => {
    const summary = summarizeBudget(school, catalogue);
    if (!summary.overBudget || summary.budget === undefined) return [];
    return [{
      file: school.file,
      message: `school "${school.name}" is over budget: chosen ${formatMoney(summary.spent)} of ${formatMoney(summary.budget)} (${formatMoney(-(summary.remaining ?? 0))} over)`,
    }];
  });
}

function overCapacity(catalogue: Catalogue): Problem[] {
  return catalogue.interventions.flatMap((intervention): Problem[] => {
    const use = capacityUse(catalogue, intervention);
    if (!use.overCapacity) return [];
    return [{
      file: intervention.file,
      message: `intervention "${intervention.title}" is over capacity: chosen by ${use.chosenBy} schools, room for ${use.capacity}`,
    }];
  });
}

export function catalogueWarnings(catalogue: Catalogue): Problem[] {
  return [...themeContrastWarnings(catalogue.site), ...overBudget(catalogue), ...overCapacity(catalogue)];
}
