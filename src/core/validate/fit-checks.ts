/**
 * Cross-file rules of the need and availability fields: needs refer to site.yaml's needs, and a
 * school cannot choose what is not available at any time in the site's period.
 */
import { indexOf, type Catalogue } from '../catalogue/catalogue-model.ts';
import { overlapsPeriod } from '../fit/availability.ts';
import type { FieldPath, Problem } from './problem.ts';
import { nearest } from './suggest.ts';

function unknownNeeds(file: string, needs: readonly string[] | undefined, known: string[]): Problem[] {
  return (needs ?? []).flatMap((need, index): Problem[] => {
    if (known.includes(need)) return [];
    const field: FieldPath = ['needs', index];
    return [{ file, field, value: need, kind: 'unknown-need', params: { needs: known, suggestions: nearest(need, known) } }];
  });
}

function needReferences(catalogue: Catalogue): Problem[] {
  const known = (catalogue.site.needs ?? []).map((need) => need.id);
  return [...catalogue.interventions, ...catalogue.schools].flatMap((entry) => unknownNeeds(entry.file, entry.needs, known));
}

function unavailableChoices(catalogue: Catalogue): Problem[] {
  const { period } = catalogue.site;
  if (!period) return [];
  const { interventions } = indexOf(catalogue);
  return catalogue.schools.flatMap((school) =>
    school.choices.flatMap((choice, index): Problem[] => {
      const window = interventions.get(choice.intervention)?.available;
      if (!window || overlapsPeriod(window, period)) return [];
      const params = { ...window, periodStart: period.start, periodEnd: period.end };
      return [{ file: school.file, field: ['choices', index, 'intervention'], value: choice.intervention, kind: 'unavailable-chosen', params }];
    }),
  );
}

/** Every problem with needs and availability in a catalogue whose files each passed their schema. */
export function fitChecks(catalogue: Catalogue): Problem[] {
  return [...needReferences(catalogue), ...unavailableChoices(catalogue)];
}
