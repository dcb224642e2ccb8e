/**
 * "Past bij uw behoeften" on "Mijn keuzes": the offer that answers the picked school's needs, each
 * with a button that adds it to the choices or removes it again. An offer that cannot be chosen
 * now has its button disabled and the reason beside it, which the button names as its
 * description, so a screen reader says why. The list is built when the school changes and
 * only its buttons are updated on other changes, so a pressed button keeps the focus.
 */
import type { ChoiceStrings } from '../../core/choosing/choice-strings.ts';
import type { ChoosableNeedsItem, ChoosableNeedsView } from '../../core/fit/choosable-needs.ts';
import { refusesPress } from '../../core/choosing/choose-limits.ts';

export interface NeedsSectionParts {
  section: HTMLElement;
  intro: HTMLElement;
  list: HTMLUListElement;
}

export interface NeedsContext {
  c: ChoiceStrings;
  interventionHref: (id: string) => string;
  onToggle: (interventionId: string) => void;
}

interface ItemButton {
  item: ChoosableNeedsItem;
  button: HTMLButtonElement;
  label: Text;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const node = document.createElement('p');
  node.className = className;
  node.textContent = text;
  return node;
}

function itemElement(item: ChoosableNeedsItem, context: NeedsContext): { li: HTMLLIElement; button: ItemButton } {
  const li = document.createElement('li');
  li.dataset.intervention = item.interventionId;
  const link = document.createElement('a');
  link.href = context.interventionHref(item.interventionId);
  link.textContent = item.title;
  li.append(link);
  // The page's catalogue leaves summaries out to stay small; the link leads to the whole description.
  if (item.summary) li.append(paragraph('muted', item.summary));
  li.append(paragraph('needs-answers', item.answers));
  if (item.recommended) li.append(paragraph('recommended', item.recommended));
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'utrecht-button utrecht-button--secondary-action needs-choose';
  const label = document.createTextNode('');
  const title = document.createElement('span');
  title.className = 'visually-hidden';
  title.textContent = ` ${item.title}`;
  button.append(label, title);
  button.addEventListener('click', () => context.onToggle(item.interventionId));
  if (item.blocked) {
    const reason = paragraph('unavailable', item.blocked);
    reason.id = `niet-te-kiezen-${item.interventionId}`;
    reason.dataset.unavailable = '';
    button.setAttribute('aria-describedby', reason.id);
    li.append(reason);
  }
  li.append(button);
  return { li, button: { item, button, label } };
}

export function createNeedsSection(parts: NeedsSectionParts, context: NeedsContext) {
  let shownFor: ChoosableNeedsView | undefined;
  let buttons: ItemButton[] = [];

  /** `view` is undefined without a school or when it names no needs; `chosen` holds the listed interventions. */
  return function drawNeeds(view: ChoosableNeedsView | undefined, chosen: ReadonlySet<string>): void {
    parts.section.hidden = !view;
    if (view !== shownFor && JSON.stringify(view) !== JSON.stringify(shownFor)) {
      shownFor = view;
      parts.intro.textContent = view ? [view.intro, view.empty].filter(Boolean).join(' ') : '';
      const made = (view?.items ?? []).map((item) => itemElement(item, context));
      parts.list.replaceChildren(...made.map(({ li }) => li));
      buttons = made.map(({ button }) => button);
    }
    for (const { item, button, label } of buttons) {
      const isChosen = chosen.has(item.interventionId);
      button.disabled = refusesPress(item.blocked, isChosen);
      label.textContent = isChosen ? context.c.unchoose : context.c.choose;
    }
  };
}
