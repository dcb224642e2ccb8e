/**
 * The visitor's choice list in this browser: read and written through localStorage, shared by
 * every open page. Storage that is full, blocked or corrupt never throws: the page then works
 * from an empty list and forgets on reload.
 */
import { emptyChoiceList, type ChoiceList } from '../../core/choosing/choice-list.ts';
import { deserializeChoiceList, serializeChoiceList, STORAGE_KEY } from '../../core/choosing/choice-storage.ts';

const CHANGED = 'aanbodgids:keuzes-gewijzigd';

export function readChoices(known?: (interventionId: string) => boolean): ChoiceList {
  try {
    return deserializeChoiceList(localStorage.getItem(STORAGE_KEY), known);
  } catch {
    return emptyChoiceList();
  }
}

export function writeChoices(list: ChoiceList): void {
  try {
    localStorage.setItem(STORAGE_KEY, serializeChoiceList(list));
  } catch {
    // Private mode or a full disk: the list lives on in this page only.
  }
  dispatchEvent(new CustomEvent(CHANGED));
}

/** Calls back when the list changes here or in another tab. */
export function onChoicesChanged(listener: () => void): void {
  addEventListener(CHANGED, listener);
  addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  });
}
