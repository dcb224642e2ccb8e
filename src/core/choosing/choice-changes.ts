/** What a downloaded file changes in a school's choices, and what that does to its budget. */
import { summarizeBudget } from '../budget/budget.ts';
import type { Catalogue, School } from '../catalogue/catalogue-model.ts';
import type { Cents } from '../money/money.ts';
import type { Choice } from '../schema/school.ts';

export type ChoiceChange =
  | { kind: 'added'; intervention: string; quantity: number }
  | { kind: 'removed'; intervention: string }
  | { kind: 'quantity'; intervention: string; from: number; to: number }
  | { kind: 'note'; intervention: string; from?: string; to?: string };

export interface SchoolChanges {
  changes: ChoiceChange[];
  spentBefore: Cents;
  spentAfter: Cents;
  /** Undefined when the school has no budget. */
  leftAfter: Cents | undefined;
}

/** `before` is the school as in content/schools/ (undefined for a new school); `after` as downloaded. */
export function choiceChanges(before: School | undefined, after: School, catalogue: Catalogue): SchoolChanges {
  const title = (id: string) => catalogue.interventions.find((item) => item.id === id)?.title ?? id;
  const lines = (school: School | undefined) => new Map((school ? summarizeBudget(school, catalogue).lines : []).map((line) => [line.choice.intervention, line]));
  const old = lines(before);
  const next = lines(after);
  const changes: ChoiceChange[] = [];
  for (const [id, line] of next) {
    const previous = old.get(id);
    if (!previous) changes.push({ kind: 'added', intervention: title(id), quantity: line.quantity });
    else {
      if (previous.quantity !== line.quantity) changes.push({ kind: 'quantity', intervention: title(id), from: previous.quantity, to: line.quantity });
      if ((previous.choice.note ?? '') !== (line.choice.note ?? '')) changes.push(noteChange(title(id), previous.choice, line.choice));
    }
  }
  for (const id of old.keys()) if (!next.has(id)) changes.push({ kind: 'removed', intervention: title(id) });
  const spentBefore = before ? summarizeBudget(before, catalogue).spent : 0;
  const summary = summarizeBudget(after, catalogue);
  return { changes, spentBefore, spentAfter: summary.spent, leftAfter: summary.remaining };
}

const noteChange = (intervention: string, from: Choice, to: Choice): ChoiceChange => ({
  kind: 'note',
  intervention,
  ...(from.note ? { from: from.note } : {}),
  ...(to.note ? { to: to.note } : {}),
});
