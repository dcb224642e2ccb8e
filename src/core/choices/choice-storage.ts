/**
 * The choice list in localStorage: versioned, and forgiving. A stored value that is not what we
 * wrote (an old version, a hand edit, another site on the same host) never breaks the page: what
 * can be read is kept, the rest is dropped.
 */
import { z } from 'astro/zod';
import { entryId, schoolType } from '../schema/common.ts';
import type { ChoiceList, ChosenItem } from './choice-list.ts';

export const STORAGE_KEY = 'aanbodgids:keuzes';
export const STORAGE_VERSION = 1;

const storedItem = z.object({
  intervention: entryId,
  quantity: z.number().int().positive().optional(),
  note: z.string().optional(),
});

const storedSchool = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), id: entryId }),
  z.object({ kind: z.literal('new'), name: z.string().trim().min(1), type: schoolType, pupils: z.number().int().nonnegative() }),
]);

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
  if (typeof stored !== 'object' || stored === null || (stored as { version?: unknown }).version !== STORAGE_VERSION) return { items: [] };
  const { school, items } = stored as { school?: unknown; items?: unknown };
  const seen = new Set<string>();
  const readItems = (Array.isArray(items) ? items : []).flatMap((raw): ChosenItem[] => {
    const parsed = storedItem.safeParse(raw);
    if (!parsed.success || !known(parsed.data.intervention) || seen.has(parsed.data.intervention)) return [];
    seen.add(parsed.data.intervention);
    return [parsed.data];
  });
  const readSchool = storedSchool.safeParse(school);
  return readSchool.success ? { school: readSchool.data, items: readItems } : { items: readItems };
}
