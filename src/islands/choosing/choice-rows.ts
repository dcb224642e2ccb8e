/**
 * The rows of the chosen items on "Mijn keuzes": title with its status and note, quantity field,
 * unit price, charge, remove. Rows are kept per intervention and updated in place, so a field
 * keeps its focus and what the visitor is typing while the totals change around it. What they
 * say comes from choicesView. Each cell carries its column's name, shown beside it when the
 * table is stacked on a narrow screen.
 */
import type { ChoiceStrings } from '../../core/choosing/choice-strings.ts';
import { localeOf, type Language } from '../../core/strings/labels.ts';
import { LEAST_QUANTITY, MAX_QUANTITY, quantityIssue } from '../../core/money/money-limits.ts';
import type { ChoiceRowView } from './choices-view.ts';
import { element } from '../dom/element.ts';

export interface RowContext {
  c: ChoiceStrings;
  language: Language;
  /** Column names, for the stacked rows of a narrow screen. */
  columns: { quantity: string; unitPrice: string; charge: string };
  interventionHref: (id: string) => string;
  onQuantity: (interventionId: string, quantity: number | undefined) => void;
  onNote: (interventionId: string, note: string) => void;
  onRemove: (interventionId: string) => void;
}

interface Row {
  row: HTMLTableRowElement;
  status: HTMLElement;
  problem: HTMLElement;
  unavailable: HTMLElement;
  note: HTMLInputElement;
  input: HTMLInputElement;
  quantityUnit: HTMLElement;
  pupils: HTMLElement;
  unitPrice: HTMLElement;
  charge: HTMLElement;
}

/** What a quantity field holds: a whole number from LEAST_QUANTITY to MAX_QUANTITY, or nothing (the default). */
export const quantityFrom = (text: string): number | undefined => {
  const value = Number(text);
  return text.trim() !== '' && quantityIssue(value) === undefined ? value : undefined;
};

function titleCell(view: ChoiceRowView, context: RowContext) {
  const id = view.interventionId;
  const title = element('th');
  title.scope = 'row';
  const link = element('a', undefined, view.title);
  link.href = context.interventionHref(id);
  const status = element('span', 'choice-status');
  const problem = element('p', 'item-problem');
  const unavailable = element('p', 'unavailable item-unavailable');
  const noteField = element('div', 'choice-note');
  const noteLabel = element('label', 'choice-note-label', context.c.note);
  noteLabel.htmlFor = `opmerking-${id}`;
  noteLabel.append(element('span', 'visually-hidden', ` ${view.title}`));
  const note = element('input', 'utrecht-textbox utrecht-textbox--html-input');
  Object.assign(note, { type: 'text', id: `opmerking-${id}`, autocomplete: 'off' });
  note.addEventListener('input', () => context.onNote(id, note.value));
  noteField.append(noteLabel, note);
  title.append(link, ' ', status, problem, unavailable, noteField);
  return { title, status, problem, unavailable, note };
}

function quantityCell(view: ChoiceRowView, context: RowContext) {
  const id = view.interventionId;
  const inputId = `aantal-${id}`;
  const quantity = element('td', 'choice-quantity');
  quantity.dataset.label = context.columns.quantity;
  const label = element('label', 'visually-hidden', view.title);
  label.htmlFor = inputId;
  const input = element('input', 'utrecht-textbox utrecht-textbox--html-input quantity-input');
  Object.assign(input, { type: 'number', id: inputId, min: String(LEAST_QUANTITY), max: String(MAX_QUANTITY), step: '1', inputMode: 'numeric' });
  const refused = context.c.quantityRange(MAX_QUANTITY.toLocaleString(localeOf(context.language)));
  const pupils = element('p', 'pupils-text');
  pupils.id = `leerlingen-${id}`;
  input.setAttribute('aria-describedby', pupils.id);
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
  quantity.append(label, input, ' ', quantityUnit, pupils);
  return { quantity, input, quantityUnit, pupils };
}

function createRow(view: ChoiceRowView, context: RowContext): Row {
  const id = view.interventionId;
  const row = element('tr');
  row.dataset.item = id;
  const { title, status, problem, unavailable, note } = titleCell(view, context);
  const { quantity, input, quantityUnit, pupils } = quantityCell(view, context);
  const unitPrice = element('td', 'choice-unit-price');
  unitPrice.dataset.label = context.columns.unitPrice;
  const charge = element('td', 'num choice-charge');
  charge.dataset.label = context.columns.charge;

  const actions = element('td', 'choice-actions');
  const remove = element('button', 'utrecht-button utrecht-button--subtle', context.c.remove);
  remove.type = 'button';
  remove.append(element('span', 'visually-hidden', ` ${view.title}`));
  remove.addEventListener('click', () => context.onRemove(id));
  actions.append(remove);

  row.append(title, quantity, unitPrice, charge, actions);
  return { row, status, problem, unavailable, note, input, quantityUnit, pupils, unitPrice, charge };
}

function fillRow(row: Row, view: ChoiceRowView): void {
  if (document.activeElement !== row.input) row.input.value = String(view.quantity);
  if (document.activeElement !== row.note) row.note.value = view.note;
  row.row.dataset.status = view.status;
  row.status.textContent = view.statusText;
  row.status.className = `choice-status choice-status-${view.status}`;
  row.quantityUnit.textContent = view.quantityUnit;
  row.pupils.textContent = view.pupilsText;
  row.pupils.hidden = !view.pupilsText;
  row.input.classList.toggle('quantity-default', view.quantityIsDefault);
  row.unitPrice.textContent = view.unitPrice;
  row.problem.textContent = view.problem;
  row.problem.hidden = !view.problem;
  row.unavailable.textContent = view.unavailable;
  row.unavailable.hidden = !view.unavailable;
  row.row.classList.toggle('item-not-choosable', view.notChoosable);
  row.charge.textContent = view.charge;
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
      fillRow(row, view);
    }
  };
}
