import { describe, expect, test } from 'vitest';
import { addItem, emptyChoiceList, setNote, setQuantity, setSchool } from '../../src/core/choosing/choice-list.ts';
import { summarizeChoosing } from '../../src/core/choosing/choosing.ts';
import { takenAwaySchool } from '../../src/core/choosing/choosing.ts';
import { pickSchool, registeredFor, statusOf, withRegistered } from '../../src/core/choosing/registered.ts';
import { mustGet, indexOf } from '../../src/core/catalogue/catalogue-model.ts';
import { choicesView } from '../../src/islands/choosing/choices-view.ts';
import { makeCatalogue } from '../support/catalogue-factory.ts';

const catalogue = makeCatalogue({
  schools: {
    'de-linde': { name: 'De Linde', type: 'po', pupils: 100, choices: [{ intervention: 'leesclub', note: 'groep 5' }, { intervention: 'voorlezen', quantity: 3 }] },
  },
});
const linde = mustGet(indexOf(catalogue).schools, 'de-linde', 'school');
const registered = [{ intervention: 'leesclub', note: 'groep 5' }, { intervention: 'voorlezen', quantity: 3 }];

describe("a school's registered choices on Mijn keuzes", () => {
  test('picking a school with an empty list loads its registered choices with quantities and notes', () => {
    const pick = pickSchool(emptyChoiceList(), linde);
    expect(pick).toEqual({ kind: 'load', count: 2, list: { school: { kind: 'existing', id: 'de-linde' }, items: registered } });
  });

  test('picking a school while the browser holds other choices asks first and changes only the school', () => {
    const mine = addItem(emptyChoiceList(), 'voorlezen');
    const pick = pickSchool(mine, linde);
    expect(pick.kind).toBe('ask');
    expect(pick.list.items).toEqual([{ intervention: 'voorlezen' }]);
  });

  test('the answer loads the registered choices, adds the missing ones to mine, or keeps mine', () => {
    const mine = addItem(emptyChoiceList(), 'mentor');
    expect(withRegistered(mine, registered, 'registered').items).toEqual(registered);
    expect(withRegistered(mine, registered, 'add').items.map((item) => item.intervention)).toEqual(['mentor', 'leesclub', 'voorlezen']);
    expect(withRegistered(mine, registered, 'keep')).toBe(mine);
  });

  test('each choice is registered, changed (quantity or note) or added', () => {
    expect(statusOf({ intervention: 'leesclub', note: 'groep 5' }, registered)).toBe('registered');
    expect(statusOf({ intervention: 'leesclub', note: 'groep 6' }, registered)).toBe('changed');
    expect(statusOf({ intervention: 'voorlezen', quantity: 4 }, registered)).toBe('changed');
    expect(statusOf({ intervention: 'mentor' }, registered)).toBe('added');
  });

  test('the rows say so in words, and a removed registered choice is named', () => {
    const list = setNote(setQuantity(pickSchool(emptyChoiceList(), linde).list, 'voorlezen', 5), 'voorlezen', 'in de bibliotheek');
    const shown = choicesView(summarizeChoosing({ ...list, items: list.items.slice(1) }, catalogue), catalogue.site, registeredFor(list, catalogue));
    expect(shown.rows.map((row) => [row.title, row.statusText, row.note])).toEqual([['Voorlezen', 'Gewijzigd, nog niet doorgegeven', 'in de bibliotheek']]);
    expect(shown.removed).toBe('Niet meer gekozen, wel geregistreerd: Leesclub. In het bestand dat u doorgeeft staat dit niet meer.');
  });

  test('a per-pupil choice without a quantity asks for the number of pupils, naming the school count it defaults to', () => {
    const list = setSchool(addItem(emptyChoiceList(), 'leesclub'), { kind: 'existing', id: 'de-linde' });
    const [row] = choicesView(summarizeChoosing(list, catalogue), catalogue.site).rows;
    expect(row).toMatchObject({ quantity: 100, quantityIsDefault: true });
    expect(row?.pupilsText).toBe('Voor hoeveel leerlingen? Nu geteld: alle 100 leerlingen van de school. Vul het aantal in als het om minder leerlingen gaat.');
    const [set] = choicesView(summarizeChoosing(setQuantity(list, 'leesclub', 24), catalogue), catalogue.site).rows;
    expect(set).toMatchObject({ quantity: 24, quantityIsDefault: false, pupilsText: 'Uw school heeft 100 leerlingen.' });
  });

  test('the school taken away holds the registered choices with their notes plus the changes', () => {
    const loaded = pickSchool(emptyChoiceList(), linde).list;
    const changed = addItem(setNote(loaded, 'voorlezen', 'na de zomer'), 'leesclub');
    expect(takenAwaySchool(summarizeChoosing(changed, catalogue))?.choices).toEqual([
      { intervention: 'leesclub', note: 'groep 5' },
      { intervention: 'voorlezen', quantity: 3, note: 'na de zomer' },
    ]);
  });
});
