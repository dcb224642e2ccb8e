/** A school's brochure with a menu too large to print in full: rendered in this process on a generated catalogue. */
import { describe, expect, test } from 'vitest';
import { OFFER_IN_FULL_UP_TO } from '../../src/core/catalogue/offer-size.ts';
import { generatedSchool, meta, sharedRenderer } from './render-in-process.ts';

const { content, school, fixed, menu, bodyParagraph, textOf } = generatedSchool({ interventions: 120, schools: 4 });
/** A catalogue whose fixed offer is a fifth: too large to describe in full beside 30 choices. */
const largeFixed = generatedSchool({ interventions: 200, schools: 2, fixedShare: 0.2, choicesPerSchool: 30 });

describe('a school whose offer is too large to describe in full', () => {
  test('the generated catalogue offers the school more than the brochure describes in full', () => {
    expect(fixed.length + menu.length).toBeGreaterThan(OFFER_IN_FULL_UP_TO);
    expect(fixed.length).toBeGreaterThan(0);
    expect(menu.some((item) => item.chosen)).toBe(true);
  });

  test('gets the fixed offer and its own choices in full, and every other menu item by title only', async () => {
    const text = textOf((await (await sharedRenderer()).renderSchool(content, school.id, meta)).bytes);
    for (const intervention of fixed) expect(text).toContain(bodyParagraph(intervention.id));
    for (const { intervention, chosen } of menu) {
      expect(text).toContain(intervention.title);
      if (chosen) expect(text).toContain(bodyParagraph(intervention.id));
      else expect(text).not.toContain(bodyParagraph(intervention.id));
    }
    expect(text).toContain('aanbod.pdf');
  });

  test('gets every description in full when site.yaml asks for all of them', async () => {
    const site = { ...content.catalogue.site, brochure: { fullDescriptions: 'all' as const } };
    const all = { ...content, catalogue: { ...content.catalogue, site } };
    const text = textOf((await (await sharedRenderer()).renderSchool(all, school.id, meta)).bytes);
    for (const { intervention } of menu) expect(text).toContain(bodyParagraph(intervention.id));
  });
});

describe('a school whose fixed offer is too large to describe in full', () => {
  test('finds it in a table per domain without a cost column (the municipality pays it all, as the section says first), the optional offer with one', async () => {
    const { content: catalogue, school: first } = largeFixed;
    const plan = await (await sharedRenderer()).planSchool(catalogue, first.id);
    const tables = plan.flow.filter((item) => item.kind === 'table' && item.header[0] === 'Interventie');
    const fixedTitles = new Set(largeFixed.fixed.map((intervention) => intervention.title));
    const fixedTables = tables.filter((table) => table.kind === 'table' && table.rows.some((row) => fixedTitles.has(row[0]!)));
    expect(fixedTables.length).toBeGreaterThan(0);
    for (const table of fixedTables) if (table.kind === 'table') expect(table.header).toEqual(['Interventie', 'Duur', 'Aanbieder']);
    const text = textOf((await (await sharedRenderer()).renderSchool(catalogue, first.id, meta)).bytes);
    expect(text).not.toContain('Centraal betaald');
    expect(text).toContain('centraal betaald');
  });
});
