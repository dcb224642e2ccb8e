/**
 * The validator's problems about planned entries, moved to the rows they came from: the file
 * becomes the sheet and row, the field becomes the column, and the words stay the build's own.
 */
import type { Problem } from '../validate/problem.ts';
import { columnOfField } from './columns.ts';
import type { PlaceOf } from './plan-import.ts';
import type { PlannedEntry } from './sheet-rows.ts';

export function placeProblems(problems: Problem[], entries: Map<string, PlannedEntry>, placeOf: PlaceOf): Problem[] {
  return problems.map((problem) => {
    const entry = entries.get(problem.file);
    if (!entry) return problem;
    const [first, index, ...rest] = problem.field ?? [];
    const choiceRow = first === 'choices' && typeof index === 'number' ? entry.choiceRows?.[index] : undefined;
    if (choiceRow !== undefined) {
      const column = columnOfField('keuzes', rest);
      return { ...problem, file: placeOf({ sheet: 'keuzes', row: choiceRow }), field: column ? [column.header] : rest };
    }
    const column = problem.field ? columnOfField(entry.origin.sheet, problem.field) : undefined;
    const field = column ? [column.header] : problem.field;
    const placed = { ...problem, file: placeOf(entry.origin) } as Problem;
    if (field) placed.field = field;
    return placed;
  });
}
