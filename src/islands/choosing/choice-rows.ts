/**
 * The rows of the chosen items on "Mijn keuzes": title, quantity field, unit, charge, remove.
 * Rows are kept per intervention and updated in place, so a quantity field keeps its focus and
 * what the visitor is typing while the totals change around it.
 */
import type { ChoosingSummary, ListedItem } from '../../core/choices/choosing.ts';
import type { ChoiceStrings } from '../../core/choice-strings.ts';
import { costUnitLabels, schoolTypeLabels, type Language } from '../../core/labels.ts';

export interface RowContext {
  c: ChoiceStrings;
  language: Language;
  free: string;
  money: (cents: number) => string;
  interventionHref: (id: string) => string;
  onQuantity: (interventionId: string, quantity: number | undefined) => void;
  onRemove: (interventionId: string) => void;
}

interface Row {
  row: HTMLTableRowElement;
  problem: HTMLElement;
  input: HTMLInputElement;
  charge: HTMLElement;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What a quantity field holds: a whole number of one or more, or nothing (the default). */
export const quantityFrom = (text: string): number | undefined => {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= 1 ? value : undefined;
};

function createRow(listed: ListedItem, context: RowContext): Row {
  const { intervention } = listed;
  const inputId = `aantal-${intervention.id}`;
  const row = element('tr');
  row.dataset.item = intervention.id;

  const title = element('th');
  title.scope = 'row';
  const link = element('a', undefined, intervention.title);
  link.href = context.interventionHref(intervention.id);
  const problem = element('p', 'item-problem');
  title.append(link, problem);

  const quantity = element('td');
  const label = element('label', 'visually-hidden', intervention.title);
  label.htmlFor = inputId;
  const input = element('input', 'utrecht-textbox utrecht-textbox--html-input quantity-input');
  Object.assign(input, { type: 'number', id: inputId, min: '1', step: '1', inputMode: 'numeric' });
  input.addEventListener('input', () => context.onQuantity(intervention.id, quantityFrom(input.value)));
  // Leaving an empty or invalid field shows the default it fell back to.
  input.addEventListener('change', () => context.onQuantity(intervention.id, quantityFrom(input.value)));
  quantity.append(label, input);

  const unit = element('td', undefined, intervention.cost && intervention.cost.amount > 0 ? costUnitLabels[context.language][intervention.cost.per] : context.free);
  const charge = element('td', 'num');

  const actions = element('td');
  const remove = element('button', 'utrecht-button utrecht-button--subtle', context.c.remove);
  remove.type = 'button';
  remove.append(element('span', 'visually-hidden', ` ${intervention.title}`));
  remove.addEventListener('click', () => context.onRemove(intervention.id));
  actions.append(remove);

  row.append(title, quantity, unit, charge, actions);
  return { row, problem, input, charge };
}

export function createChoiceRows(tbody: HTMLTableSectionElement, context: RowContext) {
  const rows = new Map<string, Row>();

  return function drawRows(summary: ChoosingSummary): void {
    const lines = new Map(summary.budget.lines.map((line) => [line.intervention.id, line]));
    const wanted = new Set(summary.items.map((listed) => listed.intervention.id));
    for (const [id, row] of rows) {
      if (!wanted.has(id)) {
        row.row.remove();
        rows.delete(id);
      }
    }
    for (const listed of summary.items) {
      const id = listed.intervention.id;
      let row = rows.get(id);
      if (!row) {
        row = createRow(listed, context);
        rows.set(id, row);
      }
      tbody.append(row.row); // keeps rows in list order; moving a row keeps its field's state
      const line = lines.get(id);
      const quantity = line?.quantity ?? listed.item.quantity ?? 1;
      if (document.activeElement !== row.input) row.input.value = String(quantity);
      const types = listed.intervention.schoolTypes.map((type) => schoolTypeLabels[context.language][type].toLowerCase()).join(', ');
      row.problem.textContent =
        listed.notChoosable && summary.school ? context.c.notForSchool(schoolTypeLabels[context.language][summary.school.type].toLowerCase(), types) : '';
      row.problem.hidden = !row.problem.textContent;
      row.row.classList.toggle('item-not-choosable', Boolean(listed.notChoosable));
      row.charge.textContent = line ? context.money(line.charge) : context.c.notCharged;
    }
  };
}
