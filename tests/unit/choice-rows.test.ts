import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CHOICE_COLUMNS, choiceRows, choiceTable } from '../../src/core/reports/choice-table.ts';
import { tableToCsv } from '../../src/core/reports/csv.ts';
import { makeCatalogue } from '../support/catalogue-factory.ts';

const catalogue = makeCatalogue({
  schools: {
    'de-linde': { name: 'De Linde', type: 'po', pupils: 100, choices: [{ intervention: 'leesclub' }, { intervention: 'voorlezen', quantity: 3, note: 'groep 5; "klein"' }] },
    'het-baken': { name: 'Het Baken', type: 'vo', pupils: 500, choices: [{ intervention: 'mentor', quantity: 2 }, { intervention: 'spreekuur' }] },
    'de-es': { name: 'De Es', type: 'po', pupils: 40 },
  },
});

describe('the choice rows', () => {
  test('there is one row per school and choice, with provider and domain resolved and charges in cents', () => {
    expect(choiceRows(catalogue).map((row) => [row.schoolId, row.interventionId, row.provider, row.domain, row.quantity, row.unit, row.unitPrice, row.charge, row.note])).toEqual([
      ['de-linde', 'leesclub', 'Bibliotheek', 'Taal', 100, 'pupil', 1250, 125_000, undefined],
      ['de-linde', 'voorlezen', 'Bibliotheek', 'Taal', 3, 'session', 15_000, 45_000, 'groep 5; "klein"'],
      ['het-baken', 'mentor', 'CJG', 'Zorg', 2, 'group', 40_000, 80_000, undefined],
      ['het-baken', 'spreekuur', 'CJG', 'Zorg', 1, 'school', 0, 0, undefined],
    ]);
  });

  test('the columns are school, type, intervention, provider, domain, quantity, unit, unit price, charge, menukaart category and note', () => {
    expect(CHOICE_COLUMNS.map((column) => column.key)).toEqual(['school', 'schoolType', 'intervention', 'provider', 'domain', 'quantity', 'unit', 'unitPrice', 'charge', 'menukaart', 'note']);
  });

  test('as CSV for Dutch Excel the file starts with a byte order mark, uses semicolons and decimal commas, and parses back', () => {
    const csv = tableToCsv(choiceTable(catalogue), 'nl');
    expect(csv.startsWith('\ufeffSchool;Type;Interventie;')).toBe(true);
    const records: string[][] = parse(csv, { bom: true, delimiter: ';' });
    expect(records[0]).toEqual(['School', 'Type', 'Interventie', 'Aanbieder', 'Domein', 'Aantal', 'Eenheid', 'Prijs per eenheid', 'Bedrag', 'Menukaart', 'Opmerking']);
    expect(records[2]).toEqual(['De Linde', 'po', 'Voorlezen', 'Bibliotheek', 'Taal', '3', 'bijeenkomst', '150,00', '450,00', '', 'groep 5; "klein"']);
    expect(records[1]![8]).toBe('1250,00');
  });

  test('as RFC 4180 CSV the file has commas, decimal points and no byte order mark', () => {
    const csv = tableToCsv(choiceTable(catalogue), 'en', 'rfc4180');
    expect(csv.startsWith('School,Type,Intervention,')).toBe(true);
    const records: string[][] = parse(csv);
    expect(records[3]).toEqual(['Het Baken', 'vo', 'Mentor', 'CJG', 'Zorg', '2', 'group', '400.00', '800.00', '', '']);
  });
});
