/**
 * The "Kies dit aanbod" control of an optional intervention (its page, and its card on /aanbod/):
 * a button that adds it to the visitor's choices or removes it again, disabled with the reason
 * when the chosen school's type is not one it is meant for, or when the offer cannot be chosen
 * on the build date (not available, or full for this school), as /keuzes/ says it. An offer
 * already in the choices keeps its remove button, with the reason beside it. Deliberately
 * small: it ships on every intervention page, so it knows ids and the limits the build decided
 * (choose-limits.ts), not the catalogue (an existing school's type comes from a small JSON,
 * fetched only when a school was picked).
 */
import { isMeantFor } from '../../core/catalogue/catalogue-model.ts';
import { addItem, isChosen, removeItem, type ChoiceList } from '../../core/choosing/choice-list.ts';
import { refusesPress, whyNotChoosable, type ChooseLimits } from '../../core/choosing/choose-limits.ts';
import type { SchoolType } from '../../core/schema/common.ts';
import { onChoicesChanged, readChoices, writeChoices } from './choice-store.ts';

/** What the page hands the control as JSON (see chooseTexts in choose-texts.ts). */
export interface ChooseTexts {
  choose: string;
  unchoose: string;
  chosen: string;
  viewChoices: string;
  notFor: string;
  notForReason: string;
  typeLabels: Record<SchoolType, string>;
  /** Address of /keuzes/ and of the schools' types, under the site's base path. */
  choicesHref: string;
  schoolsHref: string;
}

interface Choosable {
  id: string;
  schoolTypes: SchoolType[];
  limits: ChooseLimits;
}

/** Fills the `{name}` placeholders of a text the page carried as JSON. */
const fillIn = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

type KnownSchools = Record<string, { name: string; type: SchoolType }>;
let knownSchools: Promise<KnownSchools> | undefined;

/** The choosing school's name and type: a new school carries them, an existing one is looked up once. */
async function schoolOf(list: ChoiceList, texts: ChooseTexts): Promise<{ name: string; type: SchoolType } | undefined> {
  const school = list.school;
  if (!school) return undefined;
  if (school.kind === 'new') return school;
  knownSchools ??= fetch(texts.schoolsHref).then((response) => (response.ok ? response.json() : {})).catch(() => ({}));
  return (await knownSchools)[school.id];
}

let controls = 0;

function mountChooseControl(host: HTMLElement, intervention: Choosable, texts: ChooseTexts): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'utrecht-button utrecht-button--primary-action choose-button';
  const note = document.createElement('p');
  note.className = 'choose-note';
  note.setAttribute('aria-live', 'polite');
  // The reason apart from the rest of the note: it alone is the button's description.
  const reason = document.createElement('span');
  reason.className = 'choose-reason';
  reason.id = `keuze-reden-${++controls}`;
  host.replaceChildren(button, note);

  const link = () => {
    const anchor = document.createElement('a');
    anchor.href = texts.choicesHref;
    anchor.textContent = texts.viewChoices;
    return anchor;
  };

  async function show(): Promise<void> {
    const list = readChoices();
    const chosen = isChosen(list, intervention.id);
    const school = await schoolOf(list, texts);
    const misfit = school && !isMeantFor(intervention, school.type) ? school : undefined;
    const limit = whyNotChoosable(intervention.limits, list.school?.kind === 'existing' ? list.school.id : undefined);
    button.disabled = refusesPress(misfit ?? limit, chosen);
    button.textContent = chosen ? texts.unchoose : misfit ? fillIn(texts.notFor, { type: texts.typeLabels[misfit.type].toLowerCase() }) : texts.choose;
    const misfitReason =
      misfit &&
      fillIn(texts.notForReason, {
        types: intervention.schoolTypes.map((type) => texts.typeLabels[type].toLowerCase()).join(', '),
        school: misfit.name,
        type: texts.typeLabels[misfit.type].toLowerCase(),
      });
    reason.textContent = [misfitReason, limit].filter(Boolean).join(' ');
    note.replaceChildren(...(chosen ? [`${texts.chosen} `, link(), ' '] : []), ...(reason.textContent ? [reason] : []));
    if (reason.textContent) button.setAttribute('aria-describedby', reason.id);
    else button.removeAttribute('aria-describedby');
  }

  button.addEventListener('click', () => {
    const list = readChoices();
    writeChoices(isChosen(list, intervention.id) ? removeItem(list, intervention.id) : addItem(list, intervention.id));
  });
  onChoicesChanged(() => void show());
  void show();
}

/** Mounts a control in every `[data-choose]` host under `root` that has none yet. */
export function mountChooseControls(root: ParentNode, texts: ChooseTexts): void {
  for (const host of root.querySelectorAll<HTMLElement>('[data-choose]:not([data-mounted])')) {
    host.dataset.mounted = '';
    const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
    const { unavailable, full, choosers } = host.dataset;
    const limits: ChooseLimits = { ...(unavailable && { unavailable }), ...(full && { full, choosers: words(choosers) }) };
    mountChooseControl(host, { id: host.dataset.choose ?? '', schoolTypes: words(host.dataset.schoolTypes) as SchoolType[], limits }, texts);
  }
}

export const chooseTextsOf = (element: Element | null): ChooseTexts | undefined => {
  try {
    return element ? (JSON.parse(element.textContent ?? '') as ChooseTexts) : undefined;
  } catch {
    return undefined;
  }
};
