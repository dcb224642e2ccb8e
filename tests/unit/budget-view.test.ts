import { describe, expect, test } from 'vitest';
import { summarizeBudget } from '../../src/core/budget/budget.ts';
import { budgetView, lineTitle } from '../../src/core/budget/budget-view.ts';
import { addItem, emptyChoiceList, setQuantity, setSchool } from '../../src/core/choosing/choice-list.ts';
import { choicesMailBody } from '../../src/core/choosing/choice-mail.ts';
import { summarizeChoosing } from '../../src/core/choosing/choosing.ts';
import { costText } from '../../src/core/money/cost-text.ts';
import { formatMoney } from '../../src/core/money/money.ts';
import { makeCatalogue, schoolOf } from '../support/catalogue-factory.ts';

const catalogue = makeCatalogue({
  schools: {
    'de-linde': { name: 'De Linde', type: 'po', pupils: 100, choices: [{ intervention: 'leesclub' }, { intervention: 'voorlezen', quantity: 3, note: 'groep 5' }, { intervention: 'spreekuur' }] },
    'de-es': { name: 'De Es', type: 'po', pupils: 40, budget: 750 },
    'te-duur': { name: 'Te Duur', type: 'vo', pupils: 10, budget: 100, choices: [{ intervention: 'mentor' }] },
  },
});
const school = (id: string) => schoolOf(catalogue, id);
const english = { ...catalogue, site: { ...catalogue.site, language: 'en' as const } };

describe('the budget view', () => {
  test('each line has its quantity and unit in words, its unit price and its charge', () => {
    const view = budgetView(summarizeBudget(school('de-linde'), catalogue), 'nl');
    expect(view.lines.map(({ quantityText, unitPrice, charge }) => [quantityText, unitPrice, charge])).toEqual([
      ['100 leerlingen', '€ 12,50 per leerling', '€ 1.250,00'],
      ['3 bijeenkomsten', '€ 150,00 per bijeenkomst', '€ 450,00'],
      ['1 school', 'Gratis', '€ 0,00'],
    ]);
    expect(lineTitle(view.lines[1]!)).toBe('Voorlezen (groep 5)');
  });

  test('the facts are the total, the budget and what is left', () => {
    const view = budgetView(summarizeBudget(school('de-linde'), catalogue), 'nl');
    expect(view.facts).toEqual([
      { kind: 'total', label: 'Totaal gekozen', amount: '€ 1.700,00' },
      { kind: 'budget', label: 'Budget', amount: '€ 2.000,00' },
      { kind: 'left', label: 'Nog te besteden', amount: '€ 300,00' },
    ]);
    expect(view.overAlert).toBeUndefined();
  });

  test('a school that has not chosen yet has all of its budget left', () => {
    const view = budgetView(summarizeBudget(school('de-es'), catalogue), 'nl');
    expect(view.lines).toEqual([]);
    expect(view.facts.map((fact) => `${fact.label} ${fact.amount}`)).toEqual(['Totaal gekozen € 0,00', 'Budget € 750,00', 'Nog te besteden € 750,00']);
  });

  test('going over the budget gives the amount over and a warning', () => {
    const view = budgetView(summarizeBudget(school('te-duur'), catalogue), 'nl');
    expect(view.facts.at(-1)).toEqual({ kind: 'over', label: 'Over het budget', amount: '€ 300,00' });
    expect(view.overAlert).toBe('Let op: de keuzes gaan € 300,00 over het budget.');
  });

  test('in English the words and the money are English', () => {
    const view = budgetView(summarizeBudget(school('de-linde'), english), 'en');
    expect(view.lines[0]).toMatchObject({ quantityText: '100 pupils', unitPrice: '€12.50 per pupil', charge: '€1,250.00' });
    expect(view.facts.map((fact) => fact.label)).toEqual(['Total chosen', 'Budget', 'Left to spend']);
    expect(formatMoney(125_000, 'en')).toBe('€1,250.00');
  });
});

describe('the cost text', () => {
  test('fixed offer is paid centrally, optional offer costs its unit price, no cost is free', () => {
    const byId = (id: string) => catalogue.interventions.find((intervention) => intervention.id === id)!;
    expect(costText(byId('fruit-op-school'), 'nl')).toBe('Centraal betaald: geen kosten voor de school');
    expect(costText(byId('leesclub'), 'nl')).toBe('€ 12,50 per leerling');
    expect(costText(byId('spreekuur'), 'en')).toBe('Free');
  });
});

describe('the mail to the project team', () => {
  const list = setQuantity(addItem(addItem(setSchool(emptyChoiceList(), { kind: 'existing', id: 'de-es' }), 'leesclub'), 'spreekuur'), 'leesclub', 20);

  test('lists the same words as the budget view: quantity, charge, unit price, then the facts', () => {
    const body = choicesMailBody(summarizeChoosing(list, catalogue), catalogue.site);
    expect(body.split('\n')).toEqual([
      'School: De Es (Primair onderwijs, 40 leerlingen)',
      '',
      'Keuzes:',
      '- Leesclub: 20 leerlingen, € 250,00 (€ 12,50 per leerling)',
      '- Spreekuur: 1 school, € 0,00 (Gratis)',
      '',
      'Totaal gekozen: € 250,00',
      'Budget: € 750,00',
      'Nog te besteden: € 500,00',
    ]);
  });

  test("follows the site's language", () => {
    const body = choicesMailBody(summarizeChoosing(list, english), english.site);
    expect(body).toContain('School: De Es (Primary education, 40 pupils)');
    expect(body).toContain('Choices:');
    expect(body).toContain('- Leesclub: 20 pupils, €250.00 (€12.50 per pupil)');
    expect(body).toContain('Left to spend: €500.00');
    expect(body).not.toMatch(/Keuzes|leerlingen|Totaal/);
  });

  test('without a school it says so and shows no budget', () => {
    const body = choicesMailBody(summarizeChoosing(addItem(emptyChoiceList(), 'leesclub'), catalogue), catalogue.site);
    expect(body.split('\n')[0]).toBe('School: nog niet gekozen');
    expect(body).toContain('Budget: Geen budget vastgesteld');
    expect(body).not.toContain('Nog te besteden');
  });
});
