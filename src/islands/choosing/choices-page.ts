/**
 * The page "Mijn keuzes", wired: the visitor's school and choices from localStorage (the state),
 * turned into what the page shows by choicesView (pure), copied into the page here; then the
 * brochure, the school file and the mail to take them away. The brochure's and the file's code
 * load only when asked for.
 */
import { addItem, emptyChoiceList, isChosen, removeItem, setNote, setQuantity, type ChoiceList } from '../../core/choosing/choice-list.ts';
import { interventionPath } from '../../core/catalogue/page-paths.ts';
import type { Catalogue } from '../../core/catalogue/catalogue-model.ts';
import { choiceStrings, type ChoiceStrings } from '../../core/choosing/choice-strings.ts';
import { choosableNeedsView } from '../../core/fit/choosable-needs.ts';
import type { Language } from '../../core/strings/labels.ts';
import { createChoiceRows } from './choice-rows.ts';
import { choicesPageParts, type ChoicesPageParts } from './choices-page-parts.ts';
import { createChoicesState, type ChoicesState } from './choices-state.ts';
import { createNeedsSection } from './needs-section.ts';
import { choicesView, type ChoicesView } from './choices-view.ts';
import { onChoicesChanged, readChoices, writeChoices } from './choice-store.ts';
import { clearSchool, showSchool, wireSchoolPicker } from './school-picker.ts';
import { schoolLoading } from './school-loading.ts';
import { downloadBrochure, downloadSchoolFile } from './take-away.ts';

export interface ChoicesPageSetup {
  language: Language;
  /** The table's column names, shown beside each cell when rows are stacked on a narrow screen. */
  columns: { quantity: string; unitPrice: string; charge: string };
  /** The site's base path, ending in `/`. */
  base: string;
  catalogueHref: string;
  /** Folder of the brochure data the build writes (catalogue.json, fonts/). */
  brochureHref: string;
  /** The day the build judged availability on (SOURCE_DATE_EPOCH, else the day it ran), `YYYY-MM-DD`. */
  buildDate: string;
}

/** Screen readers hear the totals once the visitor pauses, not at every keystroke. */
const ANNOUNCE_DELAY_MS = 700;

/** Copies the budget part of the view into the page. */
function showBudget(parts: ChoicesPageParts, view: ChoicesView): void {
  parts.total.textContent = view.total;
  parts.noBudget.hidden = view.noBudget === undefined;
  parts.noBudget.textContent = view.noBudget ?? '';
  parts.budgetFacts.hidden = !view.budget;
  parts.overAlert.hidden = !view.overAlert;
  parts.overAlert.textContent = view.overAlert;
  if (!view.budget) return;
  const { budget, spent, left } = view.budget;
  parts.budget.textContent = budget.amount;
  parts.spent.textContent = spent.amount;
  parts.leftLabel.textContent = left.label;
  parts.left.textContent = left.amount;
  parts.leftRow.classList.toggle('over', left.kind === 'over');
}

/** The buttons that take the choices away (the school file, the brochure) and the one that starts over. */
function wireTakeAway(parts: ChoicesPageParts, c: ChoiceStrings, state: ChoicesState, brochureHref: string): void {
  const whenSchoolChosen = (action: () => Promise<string>) => async () => {
    if (!state.summary.school) {
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
  parts.downloadFile.addEventListener('click', whenSchoolChosen(() => downloadSchoolFile(state.summary).then((file) => c.fileMade(file))));
  parts.downloadPdf.addEventListener(
    'click',
    whenSchoolChosen(async () => {
      parts.actionStatus.textContent = c.making;
      parts.downloadPdf.setAttribute('aria-busy', 'true');
      try {
        await downloadBrochure(state.summary, brochureHref);
        return c.made;
      } finally {
        parts.downloadPdf.removeAttribute('aria-busy');
      }
    }),
  );
  parts.startOver.addEventListener('click', () => {
    clearSchool(parts);
    writeChoices(emptyChoiceList());
    parts.schoolStatus.textContent = '';
    parts.loadQuestion.hidden = true;
    parts.actionStatus.textContent = c.cleared;
    parts.school.focus();
  });
}

export async function startChoicesPage(root: HTMLElement, setup: ChoicesPageSetup): Promise<void> {
  const parts = choicesPageParts(root);
  const c = choiceStrings(setup.language);
  const catalogue = (await (await fetch(setup.catalogueHref)).json()) as Catalogue;
  const known = new Set(catalogue.interventions.map((intervention) => intervention.id));
  const read = () => readChoices((id) => known.has(id));
  const state = createChoicesState(catalogue, read);
  // Every change goes to storage; the page redraws when storage says it changed (here or in another tab).
  const change = (update: (list: ChoiceList) => ChoiceList) => writeChoices(update(read()));
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const drawRows = createChoiceRows(parts.items, {
    c,
    language: setup.language,
    columns: setup.columns,
    interventionHref: (id) => `${setup.base}${interventionPath(id)}`,
    onQuantity: (id, quantity) => change((list) => setQuantity(list, id, quantity)),
    onNote: (id, note) => change((list) => setNote(list, id, note)),
    onRemove: (id) => {
      change((list) => removeItem(list, id));
      document.getElementById('gekozen-kop')?.focus();
    },
  });

  const drawNeeds = createNeedsSection(parts.needs, {
    c,
    interventionHref: (id) => `${setup.base}${interventionPath(id)}`,
    onToggle: (id) => change((list) => (isChosen(list, id) ? removeItem(list, id) : addItem(list, id))),
  });

  let view = choicesView(state.summary, catalogue.site, state.registered, setup.buildDate);
  function show(): void {
    view = choicesView(state.summary, catalogue.site, state.registered, setup.buildDate);
    showSchool(parts, state.list.school);
    const school = state.summary.school;
    drawNeeds(school && choosableNeedsView(school, catalogue, setup.buildDate, setup.language), new Set(state.list.items.map((item) => item.intervention)));
    parts.schoolFacts.textContent = view.schoolFacts;
    parts.empty.hidden = view.rows.length > 0;
    parts.itemsWrapper.hidden = view.rows.length === 0;
    drawRows(view.rows);
    parts.removed.textContent = view.removed;
    parts.removed.hidden = !view.removed;
    showBudget(parts, view);
    if (parts.mail && view.mailto) parts.mail.href = view.mailto;
  }

  function announce(): void {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (parts.announce.textContent = view.status), ANNOUNCE_DELAY_MS);
  }

  wireSchoolPicker(parts, change, schoolLoading({ parts, c, catalogue, read, write: writeChoices }));

  wireTakeAway(parts, c, state, setup.brochureHref);

  onChoicesChanged(() => {
    // A message about the list as it was (a file downloaded, pick a school first) is stale now.
    parts.actionStatus.textContent = '';
    state.reload();
    show();
    announce();
  });
  show();
  root.hidden = false;
}
