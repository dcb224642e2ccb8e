/**
 * The choice list a school composes on the site ("Mijn keuzes"): which school it is and what it
 * chose. Plain immutable data with small operations, so the page, the tests and storage agree.
 */
import { quantityIssue } from '../money/money-limits.ts';
import type { SchoolType } from '../schema/common.ts';

/** A school from the catalogue, or one the visitor describes. */
export type ChoosingSchool =
  | { kind: 'existing'; id: string }
  | { kind: 'new'; name: string; type: SchoolType; pupils: number };

export interface ChosenItem {
  intervention: string;
  /** Units; undefined means the default (1, or the pupil count for a per-pupil cost). */
  quantity?: number;
  note?: string;
}

export interface ChoiceList {
  school?: ChoosingSchool;
  items: ChosenItem[];
}

export const emptyChoiceList = (): ChoiceList => ({ items: [] });

export const isChosen = (list: ChoiceList, interventionId: string): boolean =>
  list.items.some((item) => item.intervention === interventionId);

/** Adds an intervention once; choosing it again changes nothing. */
export function addItem(list: ChoiceList, interventionId: string): ChoiceList {
  if (isChosen(list, interventionId)) return list;
  return { ...list, items: [...list.items, { intervention: interventionId }] };
}

export function removeItem(list: ChoiceList, interventionId: string): ChoiceList {
  return { ...list, items: list.items.filter((item) => item.intervention !== interventionId) };
}

/** Sets a quantity (a whole number from LEAST_QUANTITY to MAX_QUANTITY); anything else returns to the default. */
export function setQuantity(list: ChoiceList, interventionId: string, quantity: number | undefined): ChoiceList {
  const valid = quantity !== undefined && quantityIssue(quantity) === undefined ? quantity : undefined;
  return {
    ...list,
    items: list.items.map((item) => {
      if (item.intervention !== interventionId) return item;
      const { quantity: _old, ...rest } = item;
      return valid === undefined ? rest : { ...rest, quantity: valid };
    }),
  };
}

/** Sets the school's own remark on a choice; an empty one is dropped. */
export function setNote(list: ChoiceList, interventionId: string, note: string): ChoiceList {
  return {
    ...list,
    items: list.items.map((item) => {
      if (item.intervention !== interventionId) return item;
      const { note: _old, ...rest } = item;
      return note.trim() === '' ? rest : { ...rest, note };
    }),
  };
}

export function setSchool(list: ChoiceList, school: ChoosingSchool | undefined): ChoiceList {
  if (!school) {
    const { school: _old, ...rest } = list;
    return rest;
  }
  return { ...list, school };
}
