/**
 * A school's registered choices: the ones in its file in the content folder, which the project
 * team holds. "Mijn keuzes" starts from them, marks what the visitor changed, and hands all of
 * it back in the downloaded file, so nothing the team wrote (quantities, notes) is lost.
 */
import { indexOf, type Catalogue, type School } from '../catalogue/catalogue-model.ts';
import type { ChoiceList, ChosenItem } from './choice-list.ts';

/** Whether a listed choice is as registered, registered but changed here, or new here. */
export type ChoiceStatus = 'registered' | 'changed' | 'added';

/** What to do with the browser's own choices when the school has registered ones. */
export type LoadMode = 'registered' | 'add' | 'keep';

/** What picking a school means for the list: load its registered choices, ask first, or just set it. */
export type SchoolPick =
  | { kind: 'load'; list: ChoiceList; count: number }
  | { kind: 'ask'; list: ChoiceList; count: number }
  | { kind: 'set'; list: ChoiceList };

export const registeredItems = (school: Pick<School, 'choices'> | undefined): ChosenItem[] =>
  (school?.choices ?? []).map(({ intervention, quantity, note }) => ({
    intervention,
    ...(quantity !== undefined ? { quantity } : {}),
    ...(note ? { note } : {}),
  }));

/** A school's registered choices with their titles, as "Mijn keuzes" compares the list against them. */
export interface Registered {
  items: readonly ChosenItem[];
  title: (interventionId: string) => string;
}

export const NONE_REGISTERED: Registered = { items: [], title: (id) => id };

/** The registered choices of the school the list is for; none for a new school or none picked. */
export function registeredFor(list: ChoiceList, catalogue: Catalogue): Registered {
  if (list.school?.kind !== 'existing') return NONE_REGISTERED;
  const { schools, interventions } = indexOf(catalogue);
  return {
    items: registeredItems(schools.get(list.school.id)),
    title: (id) => interventions.get(id)?.title ?? id,
  };
}

const sameItem = (a: ChosenItem, b: ChosenItem): boolean =>
  a.intervention === b.intervention && a.quantity === b.quantity && (a.note ?? '') === (b.note ?? '');

export function statusOf(item: ChosenItem, registered: readonly ChosenItem[]): ChoiceStatus {
  const match = registered.find((candidate) => candidate.intervention === item.intervention);
  if (!match) return 'added';
  return sameItem(item, match) ? 'registered' : 'changed';
}

/** Registered choices the visitor removed: they leave the school's file when it is handed back. */
export const removedItems = (list: ChoiceList, registered: readonly ChosenItem[]): ChosenItem[] =>
  registered.filter((item) => !list.items.some((listed) => listed.intervention === item.intervention));

/** The list after the visitor's answer: the registered choices, mine with them added, or mine as they are. */
export function withRegistered(list: ChoiceList, registered: readonly ChosenItem[], mode: LoadMode): ChoiceList {
  if (mode === 'keep') return list;
  if (mode === 'registered') return { ...list, items: [...registered] };
  const missing = registered.filter((item) => !list.items.some((listed) => listed.intervention === item.intervention));
  return { ...list, items: [...list.items, ...missing] };
}

/**
 * Picking a school from the list: with registered choices and nothing else in the browser they
 * are loaded; when the browser holds other choices the visitor is asked; else only the school changes.
 */
export function pickSchool(list: ChoiceList, school: School): SchoolPick {
  const withSchool: ChoiceList = { ...list, school: { kind: 'existing', id: school.id } };
  const registered = registeredItems(school);
  if (registered.length === 0) return { kind: 'set', list: withSchool };
  const same = list.items.length === registered.length && list.items.every((item) => statusOf(item, registered) === 'registered');
  if (list.items.length === 0 || same) return { kind: 'load', list: { ...withSchool, items: registered }, count: registered.length };
  return { kind: 'ask', list: withSchool, count: registered.length };
}
