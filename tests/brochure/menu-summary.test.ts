/** A school's brochure whose menu is too large for rows: summarised per domain, rendered in this process. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateContent } from '../../scripts/bench/generate-content.ts';
import { plainText, type Block } from '../../src/brochure/blocks.ts';
import { MENU_ROWS_UP_TO, menuForm } from '../../src/brochure/content/menu-form.ts';
import { schoolOffer } from '../../src/core/offer.ts';
import { pdfText } from './pdf-tools.ts';
import { fixtureContent, meta, sharedRenderer } from './render-in-process.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'menu-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A school type gets about 59% of the menu: 1,900 interventions offer it well over MENU_ROWS_UP_TO.
generateContent(dir, { interventions: 1900, schools: 2 });
const content = fixtureContent(dir);
const school = content.catalogue.schools[0]!;
const offer = schoolOffer(school, content.catalogue);
const menu = offer.optional.flatMap((group) => group.items);

const bodyParagraph = (id: string): string => {
  const paragraph = content.bodies[id]?.find((block): block is Extract<Block, { kind: 'paragraph' }> => block.kind === 'paragraph');
  if (!paragraph) throw new Error(`${id} has no paragraph`);
  return plainText(paragraph.runs).replace(/\s+/g, ' ');
};
const textOf = (bytes: Uint8Array): string =>
  pdfText(bytes).replaceAll(new RegExp(` ?Gemeente Benchdam pagina \\d+ van \\d+ NPO-aanbod \\(benchmark\\) · ${school.name} `, 'g'), ' ');

describe('a school whose menu is too large to list', () => {
  test('the generated catalogue offers the school more menu items than the brochure lists', () => {
    expect(menu.length).toBeGreaterThan(MENU_ROWS_UP_TO);
    expect(menuForm(offer, content.catalogue.site.brochure)).toBe('summary');
    expect(menu.some((item) => item.chosen)).toBe(true);
  });

  test('gets a summary per domain with the catalogue addresses, its choices in full and no menu rows', async () => {
    const text = textOf((await (await sharedRenderer()).renderSchool(content, school.id, meta)).bytes);
    expect(text).toContain('Prijs per eenheid');
    for (const { domain, items } of offer.optional) {
      expect(text).toContain(`${content.siteAddress}domeinen/${domain.id}/`);
      expect(text).toContain(`${domain.label} ${items.length} `);
    }
    expect(text).toContain(`${content.siteAddress}aanbod/`);
    expect(text).toContain(`${content.siteAddress}aanbod.pdf`);
    for (const intervention of offer.fixed.flatMap((group) => group.items)) expect(text).toContain(bodyParagraph(intervention.id));
    for (const { intervention, chosen } of menu) {
      if (chosen) expect(text).toContain(bodyParagraph(intervention.id));
      else expect(text).not.toContain(bodyParagraph(intervention.id));
    }
    // No rows: a generated title may recur inside another text now and then, so allow a few.
    const unchosen = menu.filter((item) => !item.chosen).map((item) => item.intervention.title);
    expect(unchosen.filter((title) => text.includes(title)).length).toBeLessThan(unchosen.length / 20);
  });
});
