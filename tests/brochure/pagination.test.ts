/**
 * The pagination rules, checked on the real layout of generated catalogues of several shapes (not
 * only the demo): a heading never ends a page without what follows it, a fact table is never
 * split, a paragraph leaves no single line at the top or foot of a page, and nothing is placed
 * outside the page. A school's brochure stays a brochure whatever the catalogue's shape.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fontkit from 'fontkit';
import { afterAll, describe, expect, test } from 'vitest';
import { generateContent, type GenerateOptions } from '../../scripts/bench/generate-content.ts';
import type { BrochurePlan } from '../../src/brochure/render-brochure.ts';
import type { FlowItem } from '../../src/brochure/flow.ts';
import { prepareFonts } from '../../src/brochure/draw/font-kit.ts';
import { createHyphenate } from '../../src/brochure/layout/hyphenate.ts';
import { createTextMeasure } from '../../src/brochure/layout/measure.ts';
import { a4Frame } from '../../src/brochure/layout/page-frame.ts';
import { layoutTools, paginate } from '../../src/brochure/layout/paginate.ts';
import type { Layout, Placed } from '../../src/brochure/layout/placed.ts';
import { SECTION_ROOM_MM } from '../../src/brochure/content/section.ts';
import { prepareBrochureFonts } from '../../src/integration/brochures/brochure-fonts.ts';
import { fixtureContent, fontCache, meta, sharedRenderer } from './render-in-process.ts';

function generated(options: GenerateOptions) {
  const dir = mkdtempSync(path.join(tmpdir(), 'aanbodgids-pagination-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  generateContent(dir, options);
  return fixtureContent(dir);
}

const shapes = {
  'a small catalogue, every intervention in full': generated({ interventions: 60, schools: 4 }),
  'a catalogue with a fifth fixed offer and 30 choices a school': generated({ interventions: 300, schools: 4, fixedShare: 0.2, choicesPerSchool: 30 }),
};

const tools = prepareBrochureFonts(fontCache).then((files) => layoutTools(createTextMeasure(prepareFonts(files, fontkit, undefined).metrics.advance), createHyphenate('nl')));

/** The placed items a flow item became, page by page. */
function placedOf(layout: Layout, index: number): { page: number; items: Placed[] }[] {
  const { start, end } = layout.spans[index]!;
  const pages: { page: number; items: Placed[] }[] = [];
  for (let page = start.page; page <= end.page; page++) {
    const all = layout.pages[page]?.items ?? [];
    const items = all.slice(page === start.page ? start.item : 0, page === end.page ? end.item : all.length);
    if (items.length > 0) pages.push({ page, items });
  }
  return pages;
}

function checkRules(plan: BrochurePlan, layout: Layout): void {
  const flow: FlowItem[] = plan.flow;
  const firstPageOf = (index: number): number | undefined => placedOf(layout, index)[0]?.page;
  flow.forEach((item, index) => {
    const placed = placedOf(layout, index);
    if (placed.length === 0) return;
    if (item.kind === 'text' && item.keepWithNext) {
      // What follows a heading starts on the heading's page.
      let next = index + 1;
      while (next < flow.length && placedOf(layout, next).length === 0) next++;
      if (next < flow.length) expect({ heading: item.text, page: firstPageOf(next) }).toEqual({ heading: item.text, page: placed.at(-1)!.page });
    }
    if (item.kind === 'table' && item.keepTogether) expect({ table: item.rows[0], pages: placed.length }).toEqual({ table: item.rows[0], pages: 1 });
    // Any table that runs onto a next page (a menu, the budget, a table in a description) has a subject,
    if (item.kind === 'table' && placed.length > 1) expect({ table: item.header.length > 0 ? item.header : item.rows[0], continued: item.continued === undefined }).toEqual({ table: item.header.length > 0 ? item.header : item.rows[0], continued: false });
    if (item.kind === 'table' && item.continued) {
      // and starts that page with it, so the page says whose rows these are.
      for (const part of placed.slice(1)) expect({ table: item.continued, first: part.items.find((piece) => piece.kind === 'text')?.lines[0] }).toEqual({ table: item.continued, first: item.continued });
    }
    if (item.kind === 'text' && placed.length > 1) {
      for (const part of placed) {
        const lines = part.items.flatMap((placedItem) => (placedItem.kind === 'text' ? placedItem.lines : []));
        expect({ paragraph: item.text.slice(0, 40), lines: Math.min(lines.length, 2) }).toEqual({ paragraph: item.text.slice(0, 40), lines: 2 });
      }
    }
  });
  // A part of the brochure starts mid-page only with room for a good part of it below its heading.
  for (const entry of layout.outline.filter((entry) => entry.level === 0 && entry.page > 0)) {
    expect(a4Frame.bottomMm - entry.yMm, entry.title).toBeGreaterThanOrEqual(SECTION_ROOM_MM - 8);
  }
  for (const page of layout.pages) {
    for (const item of page.items) {
      const top = item.kind === 'text' ? item.baselineMm : item.yMm;
      const bottom = item.kind === 'text' ? item.baselineMm + (item.lines.length - 1) * item.lineHeightMm : item.yMm + item.heightMm;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(bottom).toBeLessThanOrEqual(a4Frame.heightMm);
      expect(item.xMm).toBeGreaterThanOrEqual(0);
      if (item.kind === 'text') expect(bottom).toBeLessThanOrEqual(a4Frame.bottomMm + 0.01);
      else expect(item.xMm + item.widthMm).toBeLessThanOrEqual(a4Frame.widthMm + 0.01);
    }
  }
}

describe.each(Object.entries(shapes))('%s', (_, content) => {
  test('every school brochure keeps headings with their text, fact tables whole and no lone lines, inside the page', async () => {
    const renderer = await sharedRenderer();
    for (const school of content.catalogue.schools) {
      const plan = await renderer.planSchool(content, school.id);
      checkRules(plan, paginate(plan.flow, a4Frame, await tools));
    }
  });

  test('the catalogue brochure keeps the same rules', async () => {
    const plan = await (await sharedRenderer()).planCatalogue(content);
    checkRules(plan, paginate(plan.flow, a4Frame, await tools));
  });
});

describe('a brochure stays a brochure whatever the shape of the catalogue', () => {
  test('with a fifth of the catalogue fixed and 30 choices, a school brochure keeps its choices in full and stays under 80 pages and 150 KB with its structure tree', async () => {
    const content = shapes['a catalogue with a fifth fixed offer and 30 choices a school'];
    const renderer = await sharedRenderer();
    for (const school of content.catalogue.schools) {
      const plan = await renderer.planSchool(content, school.id);
      const layout = paginate(plan.flow, a4Frame, await tools);
      expect(layout.pages.length).toBeLessThanOrEqual(80);
      const bytes = await renderer.draw(plan, content, meta);
      expect(bytes.length).toBeLessThan(150_000);
    }
  });
});
