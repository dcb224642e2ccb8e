/**
 * The rows of the chosen items on "Mijn keuzes": title, quantity field, unit price, charge, remove.
 * Rows are kept per intervention and updated in place, so a quantity field keeps its focus and
 * what the visitor is typing while the totals change around it. What they say comes from choicesView.
 */
import type { ChoiceStrings } from '../../core/choice-strings.ts';
import type { Language } from '../../core/labels.ts';
import { countIssue, MAX_QUANTITY } from '../../core/money-limits.ts';
import type { ChoiceRowView } from './choices-view.ts';

export interface RowContext {
  c: ChoiceStrings;
  language: Language;
  interventionHref: (id: string) => string;
  onQuantity: (interventionId: string, quantity: number | undefined) => void;
  onRemove: (interventionId: string) => void;
}

interface Row {
  row: HTMLTableRowElement;
  problem: HTMLElement;
  input: HTMLInputElement;
  quantityUnit: HTMLElement;
  unitPrice: HTMLElement;
  charge: HTMLElement;
}
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What a quantity field holds: a whole number from 1 to MAX_QUANTITY, or nothing (the default). */
export const quantityFrom = (text: string): number | undefined => {
  const value = Number(text);
  return text.trim() !== '' && countIssue(value, 1) === undefined ? value : undefined;
};

function createRow(view: ChoiceRowView, context: RowContext): Row {
  const id = view.interventionId;
  const inputId = `aantal-${id}`;
  const row = element('tr');
  row.dataset.item = id;

  const title = element('th');
  title.scope = 'row';
  const link = element('a', undefined, view.title);
  link.href = context.interventionHref(id);
  const problem = element('p', 'item-problem');
  title.append(link, problem);

  const quantity = element('td');
  const label = element('label', 'visually-hidden', view.title);
  label.htmlFor = inputId;
  const input = element('input', 'utrecht-textbox utrecht-textbox--html-input quantity-input');
  Object.assign(input, { type: 'number', id: inputId, min: '1', max: String(MAX_QUANTITY), step: '1', inputMode: 'numeric' });
  const refused = context.c.quantityRange(MAX_QUANTITY.toLocaleString(context.language === 'en' ? 'en-GB' : 'nl-NL'));
  input.addEventListener('input', () => {
    const quantity = quantityFrom(input.value);
    // A number out of range is refused, not rounded or capped: the field says why and the default counts.
    input.setCustomValidity(input.value.trim() !== '' && quantity === undefined ? refused : '');
    context.onQuantity(id, quantity);
  });
  // Leaving an empty or invalid field shows the default it fell back to.
  input.addEventListener('change', () => {
    if (!input.checkValidity()) input.reportValidity();
    context.onQuantity(id, quantityFrom(input.value));
  });
  const quantityUnit = element('span', 'quantity-unit');
  quantity.append(label, input, ' ', quantityUnit);

  const unitPrice = element('td');
  const charge = element('td', 'num');

  const actions = element('td');
  const remove = element('button', 'utrecht-button utrecht-button--subtle', context.c.remove);
  remove.type = 'button';
  remove.append(element('span', 'visually-hidden', ` ${view.title}`));
  remove.addEventListener('click', () => context.onRemove(id));
  actions.append(remove);

  row.append(title, quantity, unitPrice, charge, actions);
  return { row, problem, input, quantityUnit, unitPrice, charge };
}

export function createChoiceRows(tbody: HTMLTableSectionElement, context: RowContext) {
  const rows = new Map<string, Row>();

  return function drawRows(views: ChoiceRowView[]): void {
    const wanted = new Set(views.map((view) => view.interventionId));
    for (const [id, row] of rows) {
      if (!wanted.has(id)) {
        row.row.remove();
        rows.delete(id);
      }
    }
    for (const view of views) {
      let row = rows.get(view.interventionId);
      if (!row) {
        row = createRow(view, context);
        rows.set(view.interventionId, row);
      }
      tbody.append(row.row); // keeps rows in list order; moving a row keeps its field's state
      if (document.activeElement !== row.input) row.input.value = String(view.quantity);
      row.quantityUnit.textContent = view.quantityUnit;
      row.unitPrice.textContent = view.unitPrice;
      row.problem.textContent = view.problem;
      row.problem.hidden = !view.problem;
      row.row.classList.toggle('item-not-choosable', view.notChoosable);
      row.charge.textContent = view.charge;
    }
  };
}
