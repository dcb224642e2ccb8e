/**
 * Things that are allowed but need attention: a school over its budget, an intervention chosen
 * by more schools than it can serve, a choice of 0. The build prints them; the pages show them plainly.
 */
import { summarizeBudget } from '../budget/budget.ts';
import { indexOf, type Catalogue, type Intervention, type School } from '../catalogue/catalogue-model.ts';
import { DEFAULT_STALE_AFTER_MONTHS, staleInterventions } from '../fit/freshness.ts';
import { badgeColourWarnings, themeContrastWarnings } from '../theme/theme.ts';
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
    return [{ file: school.file, kind: 'over-budget', params: { school: school.name, spentCents: summary.spent, budgetCents: summary.budget } }];
  });
}

function overCapacity(catalogue: Catalogue): Problem[] {
  return catalogue.interventions.flatMap((intervention): Problem[] => {
    const use = capacityUse(catalogue, intervention);
    if (!use.overCapacity) return [];
    return [{
      file: intervention.file,
      kind: 'over-capacity',
      params: { title: intervention.title, chosenBy: use.chosenBy, capacity: use.capacity ?? 0 },
    }];
  });
}

/** A choice of 0 is allowed and charges nothing; said aloud, so a slip (0 for 10) does not pass unseen. */
function zeroQuantity(catalogue: Catalogue): Problem[] {
  const { interventions } = indexOf(catalogue);
  return catalogue.schools.flatMap((school) =>
    school.choices.flatMap((choice, index): Problem[] => {
      if (choice.quantity !== 0) return [];
      const title = interventions.get(choice.intervention)?.title ?? choice.intervention;
      return [{ file: school.file, field: ['choices', index, 'quantity'], kind: 'zero-quantity', params: { title } }];
    }),
  );
}

function notCheckedRecently(catalogue: Catalogue, buildDate: string | undefined): Problem[] {
  if (buildDate === undefined) return [];
  const months = catalogue.site.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS;
  return staleInterventions(catalogue, buildDate).map((intervention): Problem => ({
    file: intervention.file,
    kind: 'not-checked-recently',
    params: { title: intervention.title, checked: intervention.checked ?? '', months, buildDate },
  }));
}

/** Warnings of a valid catalogue; freshness is judged against the build date, when one is given. */
export function catalogueWarnings(catalogue: Catalogue, buildDate?: string): Problem[] {
  return [...themeContrastWarnings(catalogue.site), ...badgeColourWarnings(catalogue.site), ...overBudget(catalogue), ...overCapacity(catalogue), ...zeroQuantity(catalogue), ...notCheckedRecently(catalogue, buildDate)];
}
