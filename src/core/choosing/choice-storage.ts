/**
 * The choice list in localStorage: versioned, and forgiving. A stored value that is not what we
 * wrote (an old version, a hand edit, another site on the same host) never breaks the page: what
 * can be read is kept, the rest is dropped.
 *
 * Checked by hand with the plain id rules of ids.ts rather than with the zod schemas: this runs in
 * the choice button on every intervention page, which must stay a few kilobytes.
 */
import { countIssue, LEAST_QUANTITY } from '../money/money-limits.ts';
import { ID_PATTERN, isSchoolType } from '../schema/ids.ts';
import type { ChoiceList, ChoosingSchool, ChosenItem } from './choice-list.ts';

export const STORAGE_KEY = 'aanbodgids:keuzes';
const STORAGE_VERSION = 1;

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);
const isCount = (value: unknown, least: 0 | 1): value is number => typeof value === 'number' && countIssue(value, least) === undefined;

function readItem(raw: unknown): ChosenItem | undefined {
  if (!isObject(raw) || !isId(raw.intervention)) return undefined;
  if (raw.quantity !== undefined && !isCount(raw.quantity, LEAST_QUANTITY)) return undefined;
  if (raw.note !== undefined && typeof raw.note !== 'string') return undefined;
  const item: ChosenItem = { intervention: raw.intervention };
  if (raw.quantity !== undefined) item.quantity = raw.quantity;
  if (raw.note !== undefined) item.note = raw.note;
  return item;
}

/** A school as stored or as typed on the page; undefined unless every field is valid. */
export function readChoosingSchool(raw: unknown): ChoosingSchool | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.kind === 'existing') return isId(raw.id) ? { kind: 'existing', id: raw.id } : undefined;
  if (raw.kind !== 'new' || typeof raw.name !== 'string' || !raw.name.trim() || !isSchoolType(raw.type) || !isCount(raw.pupils, 0)) return undefined;
  return { kind: 'new', name: raw.name.trim(), type: raw.type, pupils: raw.pupils };
}

export function serializeChoiceList(list: ChoiceList): string {
  return JSON.stringify({ version: STORAGE_VERSION, ...list });
}

/**
 * Reads a stored list. `known` tells which intervention ids still exist (the catalogue may have
 * changed since the visitor chose); unknown ones are dropped.
 */
export function deserializeChoiceList(text: string | null, known: (interventionId: string) => boolean = () => true): ChoiceList {
  if (!text) return { items: [] };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { items: [] };
  }
  if (!isObject(stored) || stored.version !== STORAGE_VERSION) return { items: [] };
  const seen = new Set<string>();
  const items = (Array.isArray(stored.items) ? stored.items : []).flatMap((raw): ChosenItem[] => {
    const item = readItem(raw);
    if (!item || !known(item.intervention) || seen.has(item.intervention)) return [];
    seen.add(item.intervention);
    return [item];
  });
  const school = readChoosingSchool(stored.school);
  return school ? { school, items } : { items };
}
