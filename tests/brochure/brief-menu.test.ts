/** A school's brochure with a menu too large to print in full: rendered in this process on a generated catalogue. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateContent } from '../../scripts/bench/generate-content.ts';
import { plainText, type Block } from '../../src/brochure/blocks.ts';
import { FULL_DESCRIPTIONS_UP_TO } from '../../src/brochure/content/full-descriptions.ts';
import { schoolOffer } from '../../src/core/offer.ts';
import { pdfText } from './pdf-tools.ts';
import { fixtureContent, meta, sharedRenderer } from './render-in-process.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'brief-menu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
generateContent(dir, { interventions: 120, schools: 4 });
const content = fixtureContent(dir);
const school = content.catalogue.schools[0]!;
const offer = schoolOffer(school, content.catalogue);
const fixed = offer.fixed.flatMap((group) => group.items);
const menu = offer.optional.flatMap((group) => group.items);

/** The first paragraph of an intervention's body: several generated sentences, found nowhere else. */
const bodyParagraph = (id: string): string => {
  const paragraph = content.bodies[id]?.find((block): block is Extract<Block, { kind: 'paragraph' }> => block.kind === 'paragraph');
  if (!paragraph) throw new Error(`${id} has no paragraph`);
  return plainText(paragraph.runs).replace(/\s+/g, ' ');
};

/** The brochure's text with the page furniture taken out, so paragraphs read on across page breaks. */
const textOf = (bytes: Uint8Array): string =>
  pdfText(bytes).replaceAll(new RegExp(` ?Gemeente Benchdam pagina \\d+ van \\d+ NPO-aanbod \\(benchmark\\) · ${school.name} `, 'g'), ' ');

describe('a school whose offer is too large to describe in full', () => {
  test('the generated catalogue offers the school more than the brochure describes in full', () => {
    expect(fixed.length + menu.length).toBeGreaterThan(FULL_DESCRIPTIONS_UP_TO);
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
