/**
 * The page "Mijn keuzes": the visitor's school and choices from localStorage, charged with the
 * catalogue's own rules (summarizeChoosing) and shown live; the brochure, the school file and
 * the mail to take them away. The brochure's and the file's code load only when asked for.
 */
import { emptyChoiceList, removeItem, setQuantity, setSchool, type ChoiceList, type ChoosingSchool } from '../../core/choices/choice-list.ts';
import { choicesMailto } from '../../core/choices/choice-mail.ts';
import { readChoosingSchool } from '../../core/choices/choice-storage.ts';
import { summarizeChoosing, type ChoosingSummary } from '../../core/choices/choosing.ts';
import type { Catalogue } from '../../core/catalogue.ts';
import { choiceStrings } from '../../core/choice-strings.ts';
import { localeOf, schoolTypeLabels, type Language } from '../../core/labels.ts';
import { formatMoney } from '../../core/money.ts';
import { uiStrings } from '../../core/ui-strings.ts';
import { createChoiceRows } from './choice-rows.ts';
import { choicesPageParts, NEW_SCHOOL, type ChoicesPageParts } from './choices-page-parts.ts';
import { onChoicesChanged, readChoices, writeChoices } from './choice-store.ts';
import { downloadBrochure, downloadSchoolFile } from './take-away.ts';

export interface ChoicesPageSetup {
  language: Language;
  /** The site's base path, ending in `/`. */
  base: string;
  catalogueHref: string;
  /** Folder of the brochure data the build writes (catalogue.json, fonts/). */
  brochureHref: string;
}

/** Screen readers hear the totals once the visitor pauses, not at every keystroke. */
const ANNOUNCE_DELAY_MS = 700;

function newSchoolOf(parts: ChoicesPageParts): ChoosingSchool | undefined {
  const pupils = parts.newPupils.value.trim();
  return readChoosingSchool({ kind: 'new', name: parts.newName.value, type: parts.newType.value, pupils: pupils === '' ? undefined : Number(pupils) });
}

export async function startChoicesPage(root: HTMLElement, setup: ChoicesPageSetup): Promise<void> {
  const parts = choicesPageParts(root);
  const { language } = setup;
  const c = choiceStrings(language);
  const t = uiStrings(language);
  const money = (cents: number) => formatMoney(cents, localeOf(language));
  const catalogue = (await (await fetch(setup.catalogueHref)).json()) as Catalogue;
  const known = new Set(catalogue.interventions.map((intervention) => intervention.id));
  const read = () => readChoices((id) => known.has(id));

  let list: ChoiceList = read();
  let summary: ChoosingSummary = summarizeChoosing(list, catalogue);
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const save = (next: ChoiceList) => writeChoices(next);
  const drawRows = createChoiceRows(parts.items, {
    c,
    language,
    free: t.free,
    money,
    interventionHref: (id) => `${setup.base}aanbod/${id}/`,
    onQuantity: (id, quantity) => save(setQuantity(read(), id, quantity)),
    onRemove: (id) => {
      save(removeItem(read(), id));
      document.getElementById('gekozen-kop')?.focus();
    },
  });

  function showSchool(): void {
    const school = list.school;
    // A half-filled new school is not stored yet; the form stays open while the visitor types.
    const typing = parts.school.value === NEW_SCHOOL && !school;
    parts.school.value = school?.kind === 'existing' ? school.id : school?.kind === 'new' || typing ? NEW_SCHOOL : '';
    parts.newSchool.hidden = parts.school.value !== NEW_SCHOOL;
    if (school?.kind === 'new' && document.activeElement?.closest('[data-new-school]') === null) {
      parts.newName.value = school.name;
      parts.newType.value = school.type;
      parts.newPupils.value = String(school.pupils);
    }
    const chosen = summary.school;
    parts.schoolFacts.textContent = chosen ? c.schoolFacts(schoolTypeLabels[language][chosen.type], chosen.pupils.toLocaleString(localeOf(language))) : '';
  }

  function budgetWords(): string {
    const { budget } = summary;
    if (budget.remaining === undefined) return '';
    return budget.overBudget ? `${t.over}: ${money(-budget.remaining)}.` : `${t.remaining}: ${money(budget.remaining)}.`;
  }

  function showBudget(): void {
    const { budget } = summary;
    parts.total.textContent = money(budget.spent);
    const hasBudget = summary.school !== undefined && budget.budget !== undefined && budget.remaining !== undefined;
    parts.noBudget.hidden = hasBudget;
    parts.noBudget.textContent = summary.school ? t.noBudget : c.pickSchoolForBudget;
    parts.budgetFacts.hidden = !hasBudget;
    parts.overAlert.hidden = !budget.overBudget;
    if (!hasBudget || budget.budget === undefined || budget.remaining === undefined) return;
    parts.budget.textContent = money(budget.budget);
    parts.spent.textContent = money(budget.spent);
    parts.leftLabel.textContent = budget.overBudget ? t.over : t.remaining;
    parts.left.textContent = money(Math.abs(budget.remaining));
    parts.leftRow.classList.toggle('over', budget.overBudget);
    parts.overAlert.textContent = budget.overBudget ? t.overBudgetAlert(money(-budget.remaining)) : '';
  }

  function announce(): void {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (parts.announce.textContent = c.status(money(summary.budget.spent), budgetWords())), ANNOUNCE_DELAY_MS);
  }

  function show(): void {
    summary = summarizeChoosing(list, catalogue);
    showSchool();
    parts.empty.hidden = summary.items.length > 0;
    parts.itemsWrapper.hidden = summary.items.length === 0;
    drawRows(summary);
    showBudget();
    if (parts.mail) parts.mail.href = choicesMailto(summary, catalogue.site) ?? parts.mail.href;
  }

  parts.school.addEventListener('change', () => {
    const value = parts.school.value;
    if (value === NEW_SCHOOL) {
      parts.newSchool.hidden = false;
      save(setSchool(read(), newSchoolOf(parts)));
      parts.newName.focus();
    } else {
      save(setSchool(read(), value ? { kind: 'existing', id: value } : undefined));
    }
  });
  for (const field of [parts.newName, parts.newType, parts.newPupils]) {
    field.addEventListener('input', () => save(setSchool(read(), newSchoolOf(parts))));
  }

  const whenSchoolChosen = (action: () => Promise<string>) => async () => {
    if (!summary.school) {
      parts.actionStatus.textContent = c.pickSchoolFirst;
      parts.school.focus();
      return;
    }
    try {
      parts.actionStatus.textContent = await action();
    } catch (error) {
      console.error('aanbodgids: taking the choices away failed', error);
      parts.actionStatus.textContent = c.failed;
    }
  };
  parts.downloadFile.addEventListener('click', whenSchoolChosen(() => downloadSchoolFile(summary).then((file) => c.fileMade(file))));
  parts.downloadPdf.addEventListener(
    'click',
    whenSchoolChosen(async () => {
      parts.actionStatus.textContent = c.making;
      parts.downloadPdf.setAttribute('aria-busy', 'true');
      try {
        await downloadBrochure(summary, setup.brochureHref);
        return c.made;
      } finally {
        parts.downloadPdf.removeAttribute('aria-busy');
      }
    }),
  );
  parts.startOver.addEventListener('click', () => {
    parts.school.value = '';
    for (const field of [parts.newName, parts.newType, parts.newPupils]) field.value = '';
    save(emptyChoiceList());
    parts.actionStatus.textContent = c.cleared;
    parts.school.focus();
  });

  onChoicesChanged(() => {
    list = read();
    show();
    announce();
  });
  show();
  root.hidden = false;
}
