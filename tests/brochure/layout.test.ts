/** The layout engine on plain data, with a font-free measure: every character 2 mm wide at 10 pt. */
import { describe, expect, test } from 'vitest';
import type { FlowItem, TextStyle } from '../../src/brochure/flow.ts';
import { monospaceMeasure } from '../../src/brochure/layout/measure.ts';
import type { PageFrame } from '../../src/brochure/layout/page-frame.ts';
import { layoutTools, paginate } from '../../src/brochure/layout/paginate.ts';
import type { Layout, PlacedText } from '../../src/brochure/layout/placed.ts';
import { wrapText } from '../../src/brochure/layout/wrap.ts';

const measure = monospaceMeasure(2);
const tools = layoutTools(measure);
/** A column 40 mm wide (20 characters) and 50 mm high (10 lines of 5 mm). */
const frame: PageFrame = { widthMm: 60, heightMm: 70, topMm: 10, bottomMm: 60, leftMm: 10, rightMm: 50 };
const body: TextStyle = { font: 'regular', sizePt: 10, lineHeightMm: 5, spaceBeforeMm: 0, spaceAfterMm: 0, color: [0, 0, 0] };
const heading: TextStyle = { ...body, font: 'bold' };

const words = (count: number, word = 'woord') => Array.from({ length: count }, () => word).join(' ');
const texts = (layout: Layout, page: number): PlacedText[] =>
  (layout.pages[page]?.items ?? []).filter((item): item is PlacedText => item.kind === 'text');
const linesOn = (layout: Layout, page: number): string[] => texts(layout, page).flatMap((text) => text.lines);

describe('wrapping', () => {
  test('a paragraph wraps into lines that each fit the width', () => {
    const lines = wrapText({ text: words(12), font: 'regular', sizePt: 10, maxWidthMm: 40 }, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure.widthMm(line, 'regular', 10)).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toBe(words(12));
  });

  test('a word longer than the line is broken into pieces that fit', () => {
    const lines = wrapText({ text: 'x'.repeat(45), font: 'regular', sizePt: 10, maxWidthMm: 40 }, measure);
    expect(lines).toEqual(['x'.repeat(20), 'x'.repeat(20), 'x'.repeat(5)]);
  });
});

describe('pages', () => {
  test('text never goes below the bottom of the frame or past its right edge', () => {
    const items: FlowItem[] = Array.from({ length: 8 }, () => ({ kind: 'text', text: words(15), style: body }));
    const layout = paginate(items, frame, tools);
    expect(layout.pages.length).toBeGreaterThan(1);
    for (const page of layout.pages) {
      for (const item of page.items) {
        if (item.kind !== 'text') continue;
        expect(item.baselineMm + (item.lines.length - 1) * item.lineHeightMm).toBeLessThanOrEqual(frame.bottomMm);
        for (const line of item.lines) expect(item.xMm + measure.widthMm(line, item.font, item.sizePt)).toBeLessThanOrEqual(frame.rightMm + 0.001);
      }
    }
  });

  test('a paragraph split over two pages leaves at least two lines on each (no widows or orphans)', () => {
    // 9 lines of filler leave room for 1 line; a 3-line paragraph must move whole.
    const filler: FlowItem = { kind: 'text', text: words(27), style: body };
    const paragraph: FlowItem = { kind: 'text', text: words(9, 'alinea'), style: body };
    const moved = paginate([filler, paragraph], frame, tools);
    expect(linesOn(moved, 0)).toHaveLength(9);
    expect(linesOn(moved, 1).length).toBeGreaterThanOrEqual(2);

    // 7 lines of filler leave 3; a 4-line paragraph would leave one line over: it splits 2 + 2.
    const shorter: FlowItem = { kind: 'text', text: words(21), style: body };
    const fourLines: FlowItem = { kind: 'text', text: words(12, 'alinea'), style: body };
    const split = paginate([shorter, fourLines], frame, tools);
    expect(linesOn(split, 0).filter((line) => line.startsWith('alinea'))).toHaveLength(2);
    expect(linesOn(split, 1)).toHaveLength(2);
  });

  test('a heading is never the last thing on a page: it moves to the page of its text', () => {
    const filler: FlowItem = { kind: 'text', text: words(27), style: body };
    const title: FlowItem = { kind: 'text', text: 'Kop', style: heading, keepWithNext: true };
    const text: FlowItem = { kind: 'text', text: words(6), style: body };
    const layout = paginate([filler, title, text], frame, tools);
    expect(linesOn(layout, 0)).not.toContain('Kop');
    expect(linesOn(layout, 1)[0]).toBe('Kop');
  });

  test('a page break starts a new page, and space at the top of a page is dropped', () => {
    const layout = paginate([{ kind: 'text', text: 'een', style: body }, { kind: 'pageBreak' }, { kind: 'space', heightMm: 20 }, { kind: 'text', text: 'twee', style: body }], frame, tools);
    expect(layout.pages).toHaveLength(2);
    expect(texts(layout, 1)[0]?.baselineMm).toBeLessThan(frame.topMm + body.lineHeightMm);
  });

});

describe('tables and contents on pages', () => {
  test('table rows move to the next page whole, with the header row repeated', () => {
    const rows = Array.from({ length: 12 }, (_, index) => [`rij ${index}`, 'a b c d e f g h i j k l']);
    const layout = paginate([{ kind: 'table', align: ['left', 'right'], header: ['Naam', 'Waarde'], rows, style: body }], frame, tools);
    expect(layout.pages.length).toBeGreaterThan(1);
    for (const page of layout.pages.keys()) expect(linesOn(layout, page)[0]).toBe('Naam');
    const rowsPerPage = layout.pages.map((_, page) => linesOn(layout, page).filter((line) => line.startsWith('rij')));
    expect(rowsPerPage.flat()).toHaveLength(12);
  });

  test('a table taller than a page repeats its subject and its header row on every page it continues on, as artifacts', () => {
    const rows = Array.from({ length: 14 }, (_, index) => [`rij ${index}`, 'a b c']);
    const table: FlowItem = { kind: 'table', align: [], header: ['Naam', 'Waarde'], rows, style: body, keepTogether: true, continued: 'Feiten (vervolg)' };
    const layout = paginate([{ kind: 'text', text: 'Feiten', style: heading, keepWithNext: true }, table], frame, tools);
    expect(layout.pages.length).toBeGreaterThan(1);
    expect(linesOn(layout, 0).slice(0, 2)).toEqual(['Feiten', 'Naam']);
    for (const page of layout.pages.keys()) {
      if (page === 0) continue;
      expect(linesOn(layout, page).slice(0, 2)).toEqual(['Feiten (vervolg)', 'Naam']);
      expect(texts(layout, page).slice(0, 2).map((text) => text.tag)).toEqual([undefined, undefined]);
    }
    expect(layout.pages.flatMap((_, page) => linesOn(layout, page)).filter((line) => line.startsWith('rij'))).toHaveLength(14);
  });

  test('fact lists of one kind share a label column: their values start at the same place whatever labels each holds', () => {
    const facts = (rows: string[][]): FlowItem => ({ kind: 'table', align: [], header: [], rows, style: body, stretch: 1, strongFirstColumn: true, labelsToFit: ['Kosten', 'Aanbieder'] });
    const layout = paginate([facts([['Kosten', 'veel']]), facts([['Aanbieder', 'wij']]), facts([['Duur', 'kort']])], frame, tools);
    const valuesAt = texts(layout, 0).filter((text) => ['veel', 'wij', 'kort'].includes(text.lines[0]!)).map((text) => text.xMm);
    expect(valuesAt).toHaveLength(3);
    expect(new Set(valuesAt).size).toBe(1);
    // Without them each list's column fits its own labels.
    const alone = paginate([facts([['Kosten', 'veel']]), facts([['Duur', 'kort']])].map((item) => ({ ...item, labelsToFit: undefined }) as FlowItem), frame, tools);
    expect(new Set(texts(alone, 0).filter((text) => ['veel', 'kort'].includes(text.lines[0]!)).map((text) => text.xMm)).size).toBe(2);
  });

  test('a page break that asks for room starts a new page only when less than that is left', () => {
    const part = (lines: number): FlowItem[] => [{ kind: 'pageBreak', unlessRoomMm: 20 }, { kind: 'text', text: 'Deel', style: heading, keepWithNext: true }, { kind: 'text', text: words(lines * 3), style: body }];
    // 3 lines (15 mm) of a first part leave 35 mm: the next part follows on the same page.
    const stays = paginate([{ kind: 'text', text: words(9), style: body }, ...part(2)], frame, tools);
    expect(stays.pages).toHaveLength(1);
    // 7 lines (35 mm) leave 15 mm, less than the 20 asked for: the next part starts a page.
    const moves = paginate([{ kind: 'text', text: words(21), style: body }, ...part(2)], frame, tools);
    expect(moves.pages).toHaveLength(2);
    expect(linesOn(moves, 1)[0]).toBe('Deel');
  });

  test('the contents list the page each target starts on', () => {
    const tocStyle = body;
    const layout = paginate(
      [
        { kind: 'toc', title: 'Hoofdstuk', target: 'h', level: 0, style: tocStyle },
        { kind: 'pageBreak' },
        { kind: 'pageBreak' },
        { kind: 'text', text: 'Hoofdstuk', style: heading, anchor: { id: 'h', outline: { title: 'Hoofdstuk', level: 0 } } },
      ],
      frame,
      tools,
    );
    expect(linesOn(layout, 0)).toEqual(['Hoofdstuk', '2']);
    expect(layout.outline).toEqual([{ title: 'Hoofdstuk', level: 0, page: 1, yMm: frame.topMm }]);
  });
});
