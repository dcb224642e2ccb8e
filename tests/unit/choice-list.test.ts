import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { addItem, emptyChoiceList, removeItem, setQuantity, setSchool } from '../../src/core/choosing/choice-list.ts';
import { choicesMailto } from '../../src/core/choosing/choice-mail.ts';
import { deserializeChoiceList, serializeChoiceList } from '../../src/core/choosing/choice-storage.ts';
import { schoolFilePath, summarizeChoosing, takenAwaySchool } from '../../src/core/choosing/choosing.ts';
import { schoolFile } from '../../src/core/choosing/school-file.ts';
import { schoolSchema } from '../../src/core/schema/school.ts';
import { validateCatalogue } from '../../src/core/validate/validate-catalogue.ts';
import { makeCatalogue, rawContent } from '../support/catalogue-factory.ts';

const catalogue = makeCatalogue();

describe('the choice list', () => {
  test('an intervention is added once, however often it is chosen', () => {
    const list = addItem(addItem(emptyChoiceList(), 'leesclub'), 'leesclub');
    expect(list.items).toEqual([{ intervention: 'leesclub' }]);
  });

  test('removing an item keeps the others in order', () => {
    const list = removeItem(addItem(addItem(addItem(emptyChoiceList(), 'a'), 'b'), 'c'), 'b');
    expect(list.items.map((item) => item.intervention)).toEqual(['a', 'c']);
  });

  test('a quantity is a whole number of zero or more; anything else returns to the default', () => {
    let list = setQuantity(addItem(emptyChoiceList(), 'leesclub'), 'leesclub', 28);
    expect(list.items[0]).toEqual({ intervention: 'leesclub', quantity: 28 });
    expect(setQuantity(list, 'leesclub', 0).items[0]).toEqual({ intervention: 'leesclub', quantity: 0 });
    for (const bad of [-1, -3, 2.5, Number.NaN, undefined]) {
      list = setQuantity(setQuantity(list, 'leesclub', 28), 'leesclub', bad);
      expect(list.items[0]).toEqual({ intervention: 'leesclub' });
    }
  });

  test('operations never change the list they were given', () => {
    const list = Object.freeze({ items: Object.freeze([Object.freeze({ intervention: 'a' })]) }) as never;
    expect(() => setSchool(setQuantity(addItem(removeItem(list, 'a'), 'b'), 'b', 2), { kind: 'existing', id: 'x' })).not.toThrow();
  });
});

describe('storage', () => {
  const list = setQuantity(addItem(addItem(setSchool(emptyChoiceList(), { kind: 'existing', id: 'de-linde' }), 'leesclub'), 'voorlezen'), 'voorlezen', 3);

  test('a stored list reads back the same', () => {
    expect(deserializeChoiceList(serializeChoiceList(list))).toEqual(list);
  });

  test('a list stored by another version starts over instead of breaking', () => {
    const other = JSON.stringify({ ...JSON.parse(serializeChoiceList(list)), version: 99 });
    expect(deserializeChoiceList(other)).toEqual({ items: [] });
  });

  test.each(['{not json', 'null', '"text"', '[]', '{"version":1,"items":"x"}'])('corrupt storage %s gives an empty list', (text) => {
    expect(deserializeChoiceList(text)).toEqual({ items: [] });
  });

  test('one bad stored value is dropped and the rest kept', () => {
    const text = JSON.stringify({
      version: 1,
      school: { kind: 'new', name: '', type: 'xx', pupils: -1 },
      items: [{ intervention: 'leesclub' }, { intervention: 'Bad Id' }, { intervention: 'voorlezen', quantity: -2 }, 'x', { intervention: 'leesclub' }, { intervention: 'mentor', quantity: 2 }],
    });
    expect(deserializeChoiceList(text)).toEqual({ items: [{ intervention: 'leesclub' }, { intervention: 'mentor', quantity: 2 }] });
  });

  test('interventions that no longer exist are dropped', () => {
    expect(deserializeChoiceList(serializeChoiceList(list), (id) => id !== 'voorlezen').items).toEqual([{ intervention: 'leesclub' }]);
  });
});

describe('choosing as a school', () => {
  test("an existing school's pupils and budget set the charges and what is left", () => {
    const list = setQuantity(addItem(addItem(setSchool(emptyChoiceList(), { kind: 'existing', id: 'de-linde' }), 'leesclub'), 'voorlezen'), 'voorlezen', 3);
    const { budget } = summarizeChoosing(list, catalogue);
    expect(budget).toMatchObject({ spent: 170_000, budget: 200_000, remaining: 30_000, overBudget: false });
  });

  test('a new school is charged by the pupil count it gives, against the site formula', () => {
    const list = addItem(setSchool(emptyChoiceList(), { kind: 'new', name: 'Kindcentrum Oekraïne', type: 'po', pupils: 300 }), 'leesclub');
    const summary = summarizeChoosing(list, catalogue);
    expect(summary.school?.id).toBe('kindcentrum-oekraine');
    expect(summary.budget).toMatchObject({ spent: 375_000, budget: 400_000, overBudget: false });
  });

  test('an item not meant for the school type is kept, marked, and not charged', () => {
    const list = addItem(addItem(setSchool(emptyChoiceList(), { kind: 'existing', id: 'het-baken' }), 'leesclub'), 'mentor');
    const summary = summarizeChoosing(list, catalogue);
    expect(summary.items.map((item) => [item.intervention.id, item.notChoosable])).toEqual([['leesclub', 'not-for-type'], ['mentor', undefined]]);
    expect(summary.budget.spent).toBe(40_000);
  });

  test('going over budget shows in the summary', () => {
    const list = setQuantity(addItem(setSchool(emptyChoiceList(), { kind: 'existing', id: 'het-baken' }), 'mentor'), 'mentor', 20);
    expect(summarizeChoosing(list, catalogue).budget).toMatchObject({ spent: 800_000, budget: 600_000, remaining: -200_000, overBudget: true });
  });
});

describe('taking the choices away', () => {
  const list = setQuantity(addItem(addItem(setSchool(emptyChoiceList(), { kind: 'existing', id: 'de-linde' }), 'leesclub'), 'voorlezen'), 'voorlezen', 3);
  const summary = summarizeChoosing(list, catalogue);

  test('the school file follows the content contract and validates as a school', () => {
    const file = schoolFile(summary.school!);
    expect(file.fileName).toBe('de-linde.yaml');
    const data = parse(file.text);
    expect(schoolSchema.safeParse(data).success).toBe(true);
    expect(data).toEqual({ name: 'De Linde', type: 'po', pupils: 100, choices: [{ intervention: 'leesclub' }, { intervention: 'voorlezen', quantity: 3 }] });
  });

  test('a catalogue with the downloaded school file builds the same charges', () => {
    const file = schoolFile(summary.school!);
    const result = validateCatalogue({ ...rawContent(), schools: [{ id: 'de-linde', file: file.fileName, data: parse(file.text) }] });
    expect(result.ok).toBe(true);
  });

  test('the mail to the project team lists each choice with its charge and the budget', () => {
    const site = { ...catalogue.site, contact: { email: 'npo@test.example.nl' } };
    const mailto = choicesMailto(summary, site)!;
    expect(mailto.startsWith('mailto:npo@test.example.nl?subject=')).toBe(true);
    const body = decodeURIComponent(mailto.split('&body=')[1]!);
    expect(body).toContain('- Leesclub: 100 leerlingen, € 1.250,00');
    expect(body).toContain('- Voorlezen: 3 bijeenkomsten, € 450,00');
    expect(body).toContain('Totaal gekozen: € 1.700,00');
    expect(body).toContain('Nog te besteden: € 300,00');
  });

  test('what is taken away leaves out items not meant for the school type', () => {
    const mixed = addItem(addItem(setSchool(emptyChoiceList(), { kind: 'existing', id: 'de-linde' }), 'mentor'), 'leesclub');
    expect(takenAwaySchool(summarizeChoosing(mixed, catalogue))?.choices).toEqual([{ intervention: 'leesclub' }]);
    expect(takenAwaySchool(summarizeChoosing(addItem(emptyChoiceList(), 'leesclub'), catalogue))).toBeUndefined();
  });

  test("a new school's file lies beside the site's, in schools/", () => {
    expect(schoolFilePath('content/site.yaml', 'de-es')).toBe('content/schools/de-es.yaml');
    expect(schoolFilePath('/tmp/x/site.yml', 'de-es')).toBe('/tmp/x/schools/de-es.yaml');
    expect(schoolFilePath('site.yaml', 'de-es')).toBe('schools/de-es.yaml');
  });

  test('without a contact address there is no mail link', () => {
    expect(choicesMailto(summary, { ...catalogue.site, contact: undefined })).toBeUndefined();
  });
});
