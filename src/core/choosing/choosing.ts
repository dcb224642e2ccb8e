/**
 * What the choice list means for the school that composes it: which items it may choose, what
 * each costs, and how that stands against its budget. Reuses the catalogue's own rules.
 */
import { summarizeBudget, type BudgetSummary } from '../budget/budget.ts';
import { indexOf, type Catalogue, type Intervention, type School } from '../catalogue/catalogue-model.ts';
import type { SchoolType } from '../schema/common.ts';
import { idFromName } from '../schema/ids.ts';
import type { ChoiceList, ChosenItem } from './choice-list.ts';

/** Why an intervention cannot be chosen by a school of this type; undefined when it can. */
type NotChoosable = 'fixed-offer' | 'not-for-type';

function whyNotChoosable(intervention: Intervention, type: SchoolType | undefined): NotChoosable | undefined {
  if (intervention.offer === 'fixed') return 'fixed-offer';
  if (type !== undefined && !intervention.schoolTypes.includes(type)) return 'not-for-type';
  return undefined;
}

/** The school as the catalogue knows it (choices replaced by the list), or the one described. */
function choosingSchool(list: ChoiceList, catalogue: Catalogue): School | undefined {
  const choices = list.items.map(({ intervention, quantity, note }) => ({ intervention, quantity, note }));
  if (list.school?.kind === 'existing') {
    const known = indexOf(catalogue).schools.get(list.school.id);
    // A choice kept from the school's file keeps the team's own data (extra) that file gave it.
    const extraOf = (id: string) => known?.choices.find((choice) => choice.intervention === id)?.extra;
    return known && { ...known, choices: choices.map((choice) => ({ ...choice, ...(extraOf(choice.intervention) ? { extra: extraOf(choice.intervention) } : {}) })) };
  }
  if (list.school?.kind === 'new') {
    const { name, type, pupils } = list.school;
    const id = idFromName(name) || 'nieuwe-school';
    return { id, file: schoolFilePath(catalogue.site.file, id), name, type, pupils, choices };
  }
  return undefined;
}

/**
 * Where the build will read a new school's file from: schools/<id>.yaml beside site.yaml, written
 * as the build writes paths (it is part of the brochure's content hash, so the document IDs agree).
 */
export function schoolFilePath(siteFile: string, id: string): string {
  const folder = siteFile.includes('/') ? siteFile.slice(0, siteFile.lastIndexOf('/') + 1) : '';
  return `${folder}schools/${id}.yaml`;
}

export interface ListedItem {
  item: ChosenItem;
  intervention: Intervention;
  /** Set when the school may not choose it; such an item is not charged. */
  notChoosable?: NotChoosable;
}

export interface ChoosingSummary {
  school: School | undefined;
  items: ListedItem[];
  /** Charges of the choosable items against the school's budget (no budget without a school). */
  budget: BudgetSummary;
}

/** The school as it goes into its file and its brochure: only what it may choose, in list order. */
export function takenAwaySchool(summary: ChoosingSummary): School | undefined {
  if (!summary.school) return undefined;
  const choices = summary.items.filter((listed) => !listed.notChoosable).map(({ item }) => {
    const { intervention, quantity, note } = item;
    return { intervention, ...(quantity !== undefined ? { quantity } : {}), ...(note ? { note } : {}) };
  });
  return { ...summary.school, choices };
}

export function summarizeChoosing(list: ChoiceList, catalogue: Catalogue): ChoosingSummary {
  const { interventions } = indexOf(catalogue);
  const school = choosingSchool(list, catalogue);
  const items = list.items.flatMap((item): ListedItem[] => {
    const intervention = interventions.get(item.intervention);
    if (!intervention) return [];
    const notChoosable = whyNotChoosable(intervention, school?.type);
    return [notChoosable ? { item, intervention, notChoosable } : { item, intervention }];
  });
  const choices = items.filter((listed) => !listed.notChoosable).map((listed) => ({ ...listed.item }));
  // Without a school there are no pupils to count: per-pupil items default to one until it is chosen.
  const charged: School = school
    ? { ...school, choices }
    : { id: 'onbekend', file: '', name: '', type: 'po', pupils: 1, choices };
  const budget = summarizeBudget(charged, school ? catalogue : { ...catalogue, site: { ...catalogue.site, budget: undefined } });
  return { school, items, budget };
}
