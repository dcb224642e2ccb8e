import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { addItem, emptyChoiceList, setQuantity, setSchool } from '../../src/core/choosing/choice-list.ts';
import { deserializeChoiceList, serializeChoiceList } from '../../src/core/choosing/choice-storage.ts';
import { summarizeChoosing } from '../../src/core/choosing/choosing.ts';
import { schoolFile } from '../../src/core/choosing/school-file.ts';
import { amountIssue, countIssue, hasAtMostTwoDecimals, MAX_QUANTITY } from '../../src/core/money/money-limits.ts';
import { quantityFrom } from '../../src/islands/choosing/choice-rows.ts';
import { baseSchools, makeCatalogue } from '../support/catalogue-factory.ts';

describe('the shared limits on money and counts', () => {
  test('an amount has at most two decimals, whatever binary fractions make of it', () => {
    for (const fine of [0, 0.01, 0.1, 12.5, 12.34, 19.99, 999_999.99, 1_000_000]) expect(hasAtMostTwoDecimals(fine)).toBe(true);
    for (const bad of [1.005, 0.005, 12.345, 0.001]) expect(hasAtMostTwoDecimals(bad)).toBe(false);
  });

  test('each kind of bad amount gets its own reason', () => {
    expect(amountIssue(1.005, 'amount')).toBe('too-many-decimals');
    expect(amountIssue(-1, 'amount')).toBe('negative-euros');
    expect(amountIssue(1_000_000.01, 'amount')).toBe('above-maximum');
    expect(amountIssue(1_000_000.01, 'budget')).toBeUndefined();
    expect(amountIssue(1e300, 'budget')).toBe('above-maximum');
    expect(amountIssue(Number.POSITIVE_INFINITY, 'budget')).toBe('not-a-number');
  });

  test('a count is whole and at most the maximum quantity', () => {
    expect(countIssue(MAX_QUANTITY, 1)).toBeUndefined();
    expect(countIssue(MAX_QUANTITY + 1, 1)).toBe('above-maximum');
    expect(countIssue(0, 1)).toBe('below-one');
    expect(countIssue(0, 0)).toBeUndefined();
    expect(countIssue(2.5, 0)).toBe('not-whole');
  });
});

describe('the quantity typed on /keuzes/', () => {
  test('1e308 and other numbers beyond the maximum are refused, so no charge becomes infinite', () => {
    for (const text of ['1e308', 'Infinity', '100001', '2.5', '-1', '']) expect(quantityFrom(text)).toBeUndefined();
    expect(quantityFrom('100000')).toBe(100_000);
    const list = setQuantity(addItem(emptyChoiceList(), 'leesclub'), 'leesclub', 1e308);
    expect(list.items[0]).toEqual({ intervention: 'leesclub' });
  });

  test('0 is a quantity, as in a school file: the choice stays, chosen for nobody, and is read back as 0', () => {
    expect(quantityFrom('0')).toBe(0);
    const list = setQuantity(addItem(emptyChoiceList(), 'leesclub'), 'leesclub', 0);
    expect(list.items).toEqual([{ intervention: 'leesclub', quantity: 0 }]);
    expect(deserializeChoiceList(serializeChoiceList(list)).items).toEqual([{ intervention: 'leesclub', quantity: 0 }]);
  });

  test('a stored quantity beyond the maximum is dropped when the list is read back', () => {
    const stored = serializeChoiceList({ ...addItem(emptyChoiceList(), 'leesclub'), items: [{ intervention: 'leesclub', quantity: 1e308 }] });
    expect(deserializeChoiceList(stored).items).toEqual([]);
  });
});

describe('the team\'s own data in a downloaded school file', () => {
  test('extra of the school and of a kept choice is written back into the file', () => {
    const linde = { ...baseSchools['de-linde'], extra: { contact: 'Piet' }, choices: [{ intervention: 'leesclub', extra: { besproken: 'ja' } }] };
    const catalogue = makeCatalogue({ schools: { 'de-linde': linde } });
    const list = addItem(addItem(setSchool(emptyChoiceList(), { kind: 'existing', id: 'de-linde' }), 'leesclub'), 'voorlezen');
    const data = parse(schoolFile(summarizeChoosing(list, catalogue).school!).text);
    expect(data.extra).toEqual({ contact: 'Piet' });
    expect(data.choices).toEqual([{ intervention: 'leesclub', extra: { besproken: 'ja' } }, { intervention: 'voorlezen' }]);
  });
});
