import { describe, expect, test } from 'vitest';
import { addItem, emptyChoiceList, setQuantity, setSchool } from '../../src/core/choosing/choice-list.ts';
import { summarizeChoosing } from '../../src/core/choosing/choosing.ts';
import { choicesView } from '../../src/islands/choosing/choices-view.ts';
import { quantityFrom } from '../../src/islands/choosing/choice-rows.ts';
import { baseInterventions, makeCatalogue } from '../support/catalogue-factory.ts';

const catalogue = makeCatalogue({ site: { title: 'Testaanbod', municipality: 'Gemeente Test', domains: [{ id: 'zorg', label: 'Zorg' }, { id: 'taal', label: 'Taal' }], budget: { base: 1000, perPupil: 10 }, contact: { email: 'npo@test.example.nl' } } });
const view = (list: ReturnType<typeof emptyChoiceList>) => choicesView(summarizeChoosing(list, catalogue), catalogue.site);
const linde = setSchool(emptyChoiceList(), { kind: 'existing', id: 'de-linde' });

describe('what "Mijn keuzes" shows', () => {
  test('a chosen offer outside its available window on the build date says so in its row, and still counts', () => {
    const windowed = makeCatalogue({
      interventions: { ...baseInterventions, voorlezen: { ...baseInterventions.voorlezen, available: { from: '2026-07-20', until: '2026-08-28' } } },
    });
    const summary = summarizeChoosing(addItem(linde, 'voorlezen'), windowed);
    const [before] = choicesView(summary, windowed.site, undefined, '2026-06-01').rows;
    expect(before).toMatchObject({ unavailable: 'Niet beschikbaar: te kiezen van 20 juli 2026 tot en met 28 augustus 2026.', charge: '€ 150,00' });
    expect(choicesView(summary, windowed.site, undefined, '2026-07-20').rows[0]?.unavailable).toBe('');
    expect(choicesView(summary, windowed.site).rows[0]?.unavailable).toBe('');
  });

  test('without a school: the rows, a total, and a request to pick the school for the budget', () => {
    const shown = view(addItem(emptyChoiceList(), 'voorlezen'));
    expect(shown.schoolFacts).toBe('');
    expect(shown.rows).toMatchObject([{ title: 'Voorlezen', quantity: 1, quantityUnit: 'bijeenkomst', unitPrice: '€ 150,00 per bijeenkomst', charge: '€ 150,00', problem: '' }]);
    expect(shown.total).toBe('€ 150,00');
    expect(shown.noBudget).toBe('Kies uw school om het budget te zien.');
    expect(shown.budget).toBeUndefined();
  });

  test("with a school: its facts, per-pupil items counted in its pupils, and the budget's three facts", () => {
    const shown = view(addItem(linde, 'leesclub'));
    expect(shown.schoolFacts).toBe('Primair onderwijs, 100 leerlingen');
    expect(shown.rows[0]).toMatchObject({ quantity: 100, quantityUnit: 'leerlingen', charge: '€ 1.250,00' });
    expect(shown.noBudget).toBeUndefined();
    expect(shown.budget && [shown.budget.budget.amount, shown.budget.spent.amount, `${shown.budget.left.label} ${shown.budget.left.amount}`]).toEqual([
      '€ 2.000,00',
      '€ 1.250,00',
      'Nog te besteden € 750,00',
    ]);
    expect(shown.status).toBe('Totaal € 1.250,00. Nog te besteden: € 750,00.');
    expect(shown.mailto).toMatch(/^mailto:npo@test\.example\.nl\?subject=Keuzes%20Testaanbod%3A%20De%20Linde&body=/);
  });

  test('an item not meant for the school is listed, not counted, and says why', () => {
    const shown = view(addItem(addItem(linde, 'mentor'), 'voorlezen'));
    expect(shown.rows[0]).toMatchObject({ title: 'Mentor', charge: 'telt niet mee', notChoosable: true });
    expect(shown.rows[0]?.problem).toContain('Niet voor primair onderwijs');
    expect(shown.total).toBe('€ 150,00');
  });

  test('over the budget, the last fact is the amount over and the warning is set', () => {
    const shown = view(setQuantity(addItem(linde, 'voorlezen'), 'voorlezen', 20));
    expect(shown.budget?.left).toEqual({ kind: 'over', label: 'Over het budget', amount: '€ 1.000,00' });
    expect(shown.overAlert).toBe('Let op: de keuzes gaan € 1.000,00 over het budget.');
  });

  test('a quantity field holds a whole number of zero or more, or falls back to the default', () => {
    expect(quantityFrom('12')).toBe(12);
    expect(quantityFrom('0')).toBe(0);
    for (const text of ['', ' ', '-1', '-2', '2.5', 'tien']) expect(quantityFrom(text)).toBeUndefined();
  });
});
