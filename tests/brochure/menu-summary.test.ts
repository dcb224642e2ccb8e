/** A school's brochure whose menu is too large for rows: summarised per domain, rendered in this process. */
import { describe, expect, test } from 'vitest';
import { IN_FULL_BESIDE_TABLES } from '../../src/brochure/content/full-descriptions.ts';
import { MENU_ROWS_UP_TO, menuForm } from '../../src/brochure/content/menu-form.ts';
import { generatedSchool, meta, sharedRenderer } from './render-in-process.ts';

// A school type gets about 59% of the menu: the 1,000 interventions of the benchmark offer it well over MENU_ROWS_UP_TO.
const { content, school, offer, fixed, menu, bodyParagraph, textOf } = generatedSchool({ interventions: 1000, schools: 2 });

describe('a school whose menu is too large to list', () => {
  test('the generated catalogue offers the school more menu items than the brochure lists', () => {
    expect(menu.length).toBeGreaterThan(MENU_ROWS_UP_TO);
    expect(menuForm(offer, content.catalogue.site.brochure)).toBe('summary');
    expect(menu.some((item) => item.chosen)).toBe(true);
  });

  test('gets a summary per domain with the catalogue addresses, its choices in full, its fixed offer by title and no menu rows', async () => {
    const text = textOf((await (await sharedRenderer()).renderSchool(content, school.id, meta)).bytes);
    expect(text).toContain('Prijs per eenheid');
    for (const { domain, items } of offer.optional) {
      expect(text).toContain(`${content.siteAddress}domeinen/${domain.id}/`);
      expect(text).toContain(`${domain.label} ${items.length} `);
    }
    expect(text).toContain(`${content.siteAddress}aanbod/`);
    expect(text).toContain(`${content.siteAddress}aanbod.pdf`);
    // The fixed offer stays in full only while it and the choices are a handful; beyond that it is a
    // table of titles too, so the brochure stays a brochure whatever the catalogue's shape.
    const chosenCount = menu.filter((item) => item.chosen).length;
    const fixedInFull = fixed.length + chosenCount <= IN_FULL_BESIDE_TABLES;
    for (const intervention of fixed) {
      expect(text).toContain(intervention.title);
      if (fixedInFull) expect(text).toContain(bodyParagraph(intervention.id));
      else expect(text).not.toContain(bodyParagraph(intervention.id));
    }
    for (const { intervention, chosen } of menu) {
      if (chosen) expect(text).toContain(bodyParagraph(intervention.id));
      else expect(text).not.toContain(bodyParagraph(intervention.id));
    }
    // No rows: a generated title may recur inside another text now and then, so allow a few.
    const unchosen = menu.filter((item) => !item.chosen).map((item) => item.intervention.title);
    expect(unchosen.filter((title) => text.includes(title)).length).toBeLessThan(unchosen.length / 20);
  });
});
