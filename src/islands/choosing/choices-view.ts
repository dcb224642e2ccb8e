/**
 * What "Mijn keuzes" shows, as plain data made from the choosing summary: the school's facts,
 * one row per listed item, and the budget from core's budget view. Pure, so it is tested without
 * a browser; choices-page.ts only copies it into the page.
 */
import { budgetView, type BudgetFact } from '../../core/budget/budget-view.ts';
import { choicesMailto } from '../../core/choosing/choice-mail.ts';
import type { ChoosingSummary, ListedItem } from '../../core/choosing/choosing.ts';
import { choiceStrings, schoolFactsOf } from '../../core/choosing/choice-strings.ts';
import { unitPriceText } from '../../core/money/cost-text.ts';
import { unavailableReason } from '../../core/fit/fit-view.ts';
import { countNoun, localeOf, schoolTypeLabels, type Language } from '../../core/strings/labels.ts';
import { listInWords } from '../../core/strings/list-words.ts';
import { NONE_REGISTERED, removedItems, statusOf, type ChoiceStatus, type Registered } from '../../core/choosing/registered.ts';
import type { Site } from '../../core/schema/site.ts';

export interface ChoiceRowView {
  interventionId: string;
  title: string;
  quantity: number;
  /** What the quantity counts, "leerlingen", shown beside its field. */
  quantityUnit: string;
  unitPrice: string;
  /** The charge, or the words for "not counted" when the school may not choose the item. */
  charge: string;
  /** Set when the school may not choose it; such an item is not charged. */
  notChoosable: boolean;
  /** Why the school may not choose it; empty when it may or no school is picked yet. */
  problem: string;
  /** "Niet beschikbaar: ..." when the build date is outside the offer's window; it still counts. Empty otherwise. */
  unavailable: string;
  /** Registered with the project team, changed here, or new here; and that in words. */
  status: ChoiceStatus;
  statusText: string;
  note: string;
  /** Under a per-pupil quantity: the question while it counts every pupil by default, else the school's pupil count. */
  pupilsText: string;
  /** True while a per-pupil quantity is the default (all pupils), so the page shows it as a question. */
  quantityIsDefault: boolean;
}

export interface ChoicesView {
  schoolFacts: string;
  rows: ChoiceRowView[];
  total: string;
  /** Shown instead of the budget facts: pick a school first, or no budget set. Undefined when there are facts. */
  noBudget?: string;
  budget?: { budget: BudgetFact; spent: BudgetFact; left: BudgetFact };
  overAlert: string;
  /** Registered choices the visitor removed, in words; empty when none. */
  removed: string;
  /** What a screen reader hears once the visitor pauses. */
  status: string;
  mailto?: string;
}

const lowerTypeLabel = (type: keyof (typeof schoolTypeLabels)['nl'], language: Language) => schoolTypeLabels[language][type].toLowerCase();

const statusWords = (status: ChoiceStatus, language: Language): string => {
  const c = choiceStrings(language);
  return { registered: c.statusRegistered, changed: c.statusChanged, added: c.statusAdded }[status];
};

function pupilsText(listed: ListedItem, summary: ChoosingSummary, language: Language): string {
  if (listed.intervention.cost?.per !== 'pupil' || !summary.school || listed.notChoosable) return '';
  const c = choiceStrings(language);
  const pupils = summary.school.pupils.toLocaleString(localeOf(language));
  return listed.item.quantity === undefined ? c.pupilsQuestion(pupils) : c.pupilsHint(pupils);
}

function rowView(
  listed: ListedItem,
  summary: ChoosingSummary,
  line: ReturnType<typeof budgetView>['lines'][number] | undefined,
  registered: Registered,
  language: Language,
  buildDate: string | undefined,
): ChoiceRowView {
  const c = choiceStrings(language);
  const { intervention } = listed;
  const quantity = line?.quantity ?? listed.item.quantity ?? 1;
  const types = listInWords(intervention.schoolTypes.map((type) => lowerTypeLabel(type, language)), language);
  const status = statusOf(listed.item, registered.items);
  const perPupilDefault = intervention.cost?.per === 'pupil' && listed.item.quantity === undefined && Boolean(summary.school) && !listed.notChoosable;
  return {
    interventionId: intervention.id,
    title: intervention.title,
    quantity,
    quantityUnit: line?.quantityUnit ?? countNoun(quantity, intervention.cost?.per ?? 'school', language),
    unitPrice: line?.unitPrice ?? unitPriceText(intervention.cost, language),
    charge: line?.charge ?? c.notCharged,
    notChoosable: Boolean(listed.notChoosable),
    problem: listed.notChoosable && summary.school ? c.notForSchool(lowerTypeLabel(summary.school.type, language), types) : '',
    unavailable: (buildDate !== undefined && unavailableReason(intervention, buildDate, language)) || '',
    status,
    statusText: statusWords(status, language),
    note: listed.item.note ?? '',
    pupilsText: pupilsText(listed, summary, language),
    quantityIsDefault: perPupilDefault,
  };
}

/**
 * `registered` are the school's choices in the content folder (none for a new school): each row
 * says whether it is one of them, changed, or new. With the build date, a row says when its offer
 * is not available on it.
 */
export function choicesView(summary: ChoosingSummary, site: Site, registered: Registered = NONE_REGISTERED, buildDate?: string): ChoicesView {
  const { language } = site;
  const c = choiceStrings(language);
  const view = budgetView(summary.budget, language);
  const lines = new Map(view.lines.map((line) => [line.interventionId, line]));
  const fact = (kind: BudgetFact['kind']) => view.facts.find((candidate) => candidate.kind === kind);
  const [spent, budget, left] = [fact('total'), fact('budget'), fact('left') ?? fact('over')];
  const school = summary.school;
  const facts = school && spent && budget && left ? { budget, spent, left } : undefined;
  return {
    schoolFacts: school ? schoolFactsOf(school, language) : '',
    rows: summary.items.map((listed) => rowView(listed, summary, lines.get(listed.intervention.id), registered, language, buildDate)),
    total: spent?.amount ?? '',
    ...(facts ? { budget: facts } : { noBudget: school ? budget?.amount ?? '' : c.pickSchoolForBudget }),
    overAlert: view.overAlert ?? '',
    removed: removedText(summary, registered, language),
    status: c.status(spent?.amount ?? '', left ? `${left.label}: ${left.amount}.` : ''),
    ...(site.contact?.email ? { mailto: choicesMailto(summary, site) } : {}),
  };
}

function removedText(summary: ChoosingSummary, registered: Registered, language: Language): string {
  const list = { items: summary.items.map((listed) => listed.item) };
  const titles = removedItems(list, registered.items).map((item) => registered.title(item.intervention));
  return titles.length === 0 ? '' : choiceStrings(language).removedRegistered(listInWords(titles, language));
}
