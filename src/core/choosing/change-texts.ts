/** A school's changes as lines for the terminal, in the site's language. */
import type { Language } from '../strings/labels.ts';
import { formatMoney } from '../money/money.ts';
import type { ChoiceChange, SchoolChanges } from './choice-changes.ts';

const texts = {
  nl: {
    added: (title: string, quantity: number) => `+ ${title} (aantal ${quantity})`,
    removed: (title: string) => `- ${title}`,
    quantity: (title: string, from: number, to: number) => `~ ${title}: aantal ${from} -> ${to}`,
    note: (title: string, from = '(geen)', to = '(geen)') => `~ ${title}: opmerking "${from}" -> "${to}"`,
    none: 'geen wijzigingen in de keuzes',
    budget: (before: string, after: string, left: string | undefined) => `gekozen ${before} -> ${after}${left === undefined ? '' : `; ${left}`}`,
    left: (amount: string) => `nog te besteden ${amount}`,
    over: (amount: string) => `${amount} over het budget`,
  },
  en: {
    added: (title: string, quantity: number) => `+ ${title} (quantity ${quantity})`,
    removed: (title: string) => `- ${title}`,
    quantity: (title: string, from: number, to: number) => `~ ${title}: quantity ${from} -> ${to}`,
    note: (title: string, from = '(none)', to = '(none)') => `~ ${title}: note "${from}" -> "${to}"`,
    none: 'no changes to the choices',
    budget: (before: string, after: string, left: string | undefined) => `chosen ${before} -> ${after}${left === undefined ? '' : `; ${left}`}`,
    left: (amount: string) => `${amount} left`,
    over: (amount: string) => `${amount} over budget`,
  },
};

function changeLine(change: ChoiceChange, t: (typeof texts)['nl']): string {
  switch (change.kind) {
    case 'added':
      return t.added(change.intervention, change.quantity);
    case 'removed':
      return t.removed(change.intervention);
    case 'quantity':
      return t.quantity(change.intervention, change.from, change.to);
    case 'note':
      return t.note(change.intervention, change.from, change.to);
  }
}

export function changeLines({ changes, spentBefore, spentAfter, leftAfter }: SchoolChanges, language: Language): string[] {
  const t = texts[language];
  const money = (cents: number) => formatMoney(cents, language);
  const left = leftAfter === undefined ? undefined : leftAfter < 0 ? t.over(money(-leftAfter)) : t.left(money(leftAfter));
  return [...(changes.length === 0 ? [t.none] : changes.map((change) => changeLine(change, t))), t.budget(money(spentBefore), money(spentAfter), left)];
}
