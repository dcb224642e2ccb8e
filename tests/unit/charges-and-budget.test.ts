import { describe, expect, test } from 'vitest';
import { budgetBasisText, budgetOf, summarizeBudget } from '../../src/core/budget/budget.ts';
import { mustGet, indexOf } from '../../src/core/catalogue/catalogue-model.ts';
import { chargeOf, quantityOf } from '../../src/core/budget/charges.ts';
import { formatMoney } from '../../src/core/money/money.ts';
import { baseSchools, makeCatalogue } from '../support/catalogue-factory.ts';

const catalogue = makeCatalogue();
const { interventions, schools } = indexOf(catalogue);
const intervention = (id: string) => mustGet(interventions, id, 'intervention');
const linde = mustGet(schools, 'de-linde', 'school');

describe('charges', () => {
  test('a per-pupil choice without quantity is charged for every pupil of the school', () => {
    expect(quantityOf({ intervention: 'leesclub' }, intervention('leesclub'), linde)).toBe(100);
    expect(chargeOf({ intervention: 'leesclub' }, intervention('leesclub'), linde)).toBe(125_000);
  });

  test('a per-pupil choice with a quantity is charged for that many pupils only', () => {
    expect(chargeOf({ intervention: 'leesclub', quantity: 28 }, intervention('leesclub'), linde)).toBe(35_000);
  });

  test('other cost units default to a quantity of one', () => {
    expect(quantityOf({ intervention: 'mentor' }, intervention('mentor'), linde)).toBe(1);
    expect(chargeOf({ intervention: 'voorlezen', quantity: 3 }, intervention('voorlezen'), linde)).toBe(45_000);
  });

  test('a school is never charged for fixed offer', () => {
    expect(chargeOf({ intervention: 'fruit-op-school', quantity: 4 }, intervention('fruit-op-school'), linde)).toBe(0);
  });

  test('an intervention without cost is free', () => {
    expect(chargeOf({ intervention: 'spreekuur', quantity: 5 }, intervention('spreekuur'), linde)).toBe(0);
  });

  test('amounts with cents add up without floating-point drift', () => {
    const cheap = makeCatalogue({
      interventions: { x: { title: 'X', summary: 'X', domain: 'zorg', offer: 'optional', provider: 'cjg', schoolTypes: ['po'], cost: { amount: 0.1, per: 'pupil' } } },
      schools: { s: { name: 'S', type: 'po', pupils: 3, choices: [{ intervention: 'x' }] } },
    });
    expect(summarizeBudget(cheap.schools[0]!, cheap).spent).toBe(30);
  });
});

describe('budgets', () => {
  test("a school's budget is the site's base plus per-pupil amount times its pupils", () => {
    expect(budgetOf({ pupils: 100 }, { budget: { base: 100_000, perPupil: 1_000 } })).toBe(200_000);
  });

  test("a school's own budget overrides the site's formula", () => {
    expect(budgetOf({ pupils: 100, budget: 75_000 }, { budget: { base: 100_000, perPupil: 1_000 } })).toBe(75_000);
  });

  test('without a budget anywhere the budget is unknown, and nothing is over it', () => {
    const noBudget = makeCatalogue({ site: { title: 'T', municipality: 'M', domains: [{ id: 'zorg', label: 'Z' }, { id: 'taal', label: 'T' }] } });
    const summary = summarizeBudget(noBudget.schools[0]!, noBudget);
    expect(summary.budget).toBeUndefined();
    expect(summary.overBudget).toBe(false);
  });

  test('the summary lists each choice with quantity, unit price and charge, and what is left', () => {
    const summary = summarizeBudget(linde, catalogue);
    expect(summary.lines.map((line) => [line.intervention.id, line.quantity, line.unitPrice, line.charge])).toEqual([
      ['leesclub', 100, 1250, 125_000],
      ['voorlezen', 3, 15_000, 45_000],
    ]);
    expect(summary).toMatchObject({ spent: 170_000, budget: 200_000, remaining: 30_000, overBudget: false });
  });

  test('a school spending more than its budget is over budget by the difference', () => {
    const over = makeCatalogue({ schools: { ...baseSchools, 'de-linde': { ...baseSchools['de-linde'], budget: 1500 } } });
    const summary = summarizeBudget(mustGet(indexOf(over).schools, 'de-linde', 'school'), over);
    expect(summary).toMatchObject({ spent: 170_000, budget: 150_000, remaining: -20_000, overBudget: true });
  });
});

describe('money', () => {
  test('amounts are written the Dutch way with a plain space after the euro sign', () => {
    expect(formatMoney(125_000)).toBe('€ 1.250,00');
    expect(formatMoney(622_500)).toBe('€ 6.225,00');
    expect(formatMoney(5)).toBe('€ 0,05');
  });
});

describe('how a budget was set', () => {
  const words = { budgetFromSchool: 'eigen budget', budgetFromSite: (base: string, perPupil: string, pupils: number) => `${base} + ${perPupil} × ${pupils}` };
  test("names the site's formula with its figures, or the school's own budget", () => {
    expect(budgetBasisText({ pupils: 240 }, { budget: { base: 250_000, perPupil: 2_500 } }, words, formatMoney)).toBe('€ 2.500,00 + € 25,00 × 240');
    expect(budgetBasisText({ pupils: 240, budget: 90_000 }, { budget: { base: 250_000, perPupil: 2_500 } }, words, formatMoney)).toBe('eigen budget');
    expect(budgetBasisText({ pupils: 240 }, {}, words, formatMoney)).toBeUndefined();
  });
});
