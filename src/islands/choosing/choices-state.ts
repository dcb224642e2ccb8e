/**
 * The state of "Mijn keuzes": the visitor's list as last read from storage and what it means for
 * the chosen school. One place holds it, so every handler acts on the same summary.
 */
import type { ChoiceList } from '../../core/choosing/choice-list.ts';
import { summarizeChoosing, type ChoosingSummary } from '../../core/choosing/choosing.ts';
import type { Catalogue } from '../../core/catalogue/catalogue-model.ts';
import { registeredFor, type Registered } from '../../core/choosing/registered.ts';

export interface ChoicesState {
  readonly list: ChoiceList;
  readonly summary: ChoosingSummary;
  /** The chosen school's choices in the content folder, which the list is compared with. */
  readonly registered: Registered;
  /** Reads the list again (after a change here or in another tab) and charges it anew. */
  reload(): ChoosingSummary;
}

export function createChoicesState(catalogue: Catalogue, read: () => ChoiceList): ChoicesState {
  let list = read();
  let summary = summarizeChoosing(list, catalogue);
  let registered = registeredFor(list, catalogue);
  return {
    get registered() {
      return registered;
    },
    get list() {
      return list;
    },
    get summary() {
      return summary;
    },
    reload() {
      list = read();
      summary = summarizeChoosing(list, catalogue);
      registered = registeredFor(list, catalogue);
      return summary;
    },
  };
}
