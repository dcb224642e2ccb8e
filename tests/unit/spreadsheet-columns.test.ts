import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { CHOICE_COLUMNS } from '../../src/core/reports/choice-table.ts';
import { SHEETS, type SheetName } from '../../src/core/spreadsheet/columns.ts';
import { interventionSchema } from '../../src/core/schema/intervention.ts';
import { providerSchema } from '../../src/core/schema/provider.ts';
import { choiceSchema, schoolSchema } from '../../src/core/schema/school.ts';

/** Every field path of an object schema, into nested objects (cost.amount), as the content contract names them. */
function fieldsOf(schema: z.ZodType, prefix: string[] = []): string[][] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodPipe) {
    inner = inner instanceof z.ZodPipe ? (inner.in as z.ZodType) : (inner.unwrap() as z.ZodType);
  }
  if (!(inner instanceof z.ZodObject)) return [prefix];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) => fieldsOf(field, [...prefix, key]));
}

const columnFields = (sheet: SheetName) => SHEETS[sheet].flatMap((column) => (column.field ? [column.field.join('.')] : []));

// A new field without a column would be lost on the way from the export back through the import.
test.each([
  ['aanbod', interventionSchema, []],
  ['aanbieders', providerSchema, []],
  ['scholen', schoolSchema, ['choices']],
  ['keuzes', choiceSchema, []],
] as const)('every field of the content contract has a column in the %s sheet', (sheet, schema, elsewhere) => {
  const missing = fieldsOf(schema)
    .map((path) => path.join('.'))
    .filter((field) => !elsewhere.includes(field as never) && !columnFields(sheet).includes(field));
  expect(missing).toEqual([]);
});

test('the field lister sees nested fields, so the check above cannot pass by seeing nothing', () => {
  expect(fieldsOf(interventionSchema).map((path) => path.join('.'))).toEqual(expect.arrayContaining(['title', 'cost.amount', 'cost.per', 'tags']));
});

test('the keuzes sheet starts with the columns of keuzes.csv, in their order', () => {
  const headers = SHEETS.keuzes.map((column) => column.header);
  expect(headers.slice(0, CHOICE_COLUMNS.length)).toEqual(CHOICE_COLUMNS.map((column) => column.heading.nl));
});
