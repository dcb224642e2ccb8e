/**
 * Links in running text: Markdown links and written addresses found in the text as printed, and
 * drawn in pieces so the link's characters, and only those, are its own tagged text.
 */
import { describe, expect, test } from 'vitest';
import { plainText } from '../../src/brochure/blocks.ts';
import { hrefsOf, inlineLinks } from '../../src/brochure/content/inline-links.ts';
import type { TextStyle } from '../../src/brochure/flow.ts';
import { monospaceMeasure } from '../../src/brochure/layout/measure.ts';
import type { PageFrame } from '../../src/brochure/layout/page-frame.ts';
import { layoutTools, paginate } from '../../src/brochure/layout/paginate.ts';
import type { PlacedText } from '../../src/brochure/layout/placed.ts';
import { markdownBlocks } from '../../src/integration/brochures/markdown-blocks.ts';

const same = (text: string) => text;

describe('finding links', () => {
  test('a Markdown link keeps its text clickable and prints its address after it; a link to another scheme is only text', () => {
    const [paragraph] = markdownBlocks('Lees [de handleiding](https://example.nl/gids) of [mail ons](mailto:team@example.nl). [Klik](javascript:alert(1)) niet.', 'md');
    if (paragraph?.kind !== 'paragraph') throw new Error('a paragraph expected');
    expect(plainText(paragraph.runs)).toBe('Lees de handleiding (https://example.nl/gids) of mail ons (team@example.nl). Klik niet.');
    expect(hrefsOf(paragraph.runs)).toEqual([
      { text: 'de handleiding', href: 'https://example.nl/gids' },
      { text: 'https://example.nl/gids', href: 'https://example.nl/gids' },
      { text: 'mail ons', href: 'mailto:team@example.nl' },
      { text: 'team@example.nl', href: 'mailto:team@example.nl' },
    ]);
    const text = plainText(paragraph.runs);
    expect(inlineLinks(text, hrefsOf(paragraph.runs), same).map((link) => [text.slice(link.start, link.end), link.uri])).toEqual([
      ['de handleiding', 'https://example.nl/gids'],
      ['https://example.nl/gids', 'https://example.nl/gids'],
      ['mail ons', 'mailto:team@example.nl'],
      ['team@example.nl', 'mailto:team@example.nl'],
    ]);
  });

  test('written web and e-mail addresses are links without the punctuation after them, www. leading to https', () => {
    const text = 'Zie www.example.nl/aanbod, https://example.nl/a?b=1. Of mail (info@school.example.nl).';
    expect(inlineLinks(text, [], same).map((link) => [text.slice(link.start, link.end), link.uri])).toEqual([
      ['www.example.nl/aanbod', 'https://www.example.nl/aanbod'],
      ['https://example.nl/a?b=1', 'https://example.nl/a?b=1'],
      ['info@school.example.nl', 'mailto:info@school.example.nl'],
    ]);
    expect(inlineLinks('Geen adres: 3,5 uur per week.', [], same)).toEqual([]);
  });
});

describe('drawing links', () => {
  const measure = monospaceMeasure(2);
  const frame: PageFrame = { widthMm: 60, heightMm: 70, topMm: 10, bottomMm: 60, leftMm: 10, rightMm: 50 };
  const body: TextStyle = { font: 'regular', sizePt: 10, lineHeightMm: 5, spaceBeforeMm: 0, spaceAfterMm: 0, color: [0, 0, 0] };

  test('a link wrapped over two lines is drawn as pieces of its own, each where its characters stand, the text around it tagged with the paragraph', () => {
    const text = 'Kijk op de site van onze school voor meer.';
    const start = text.indexOf('site');
    const end = text.indexOf(' voor');
    const layout = paginate([{ kind: 'text', text, style: body, links: [{ start, end, uri: 'https://example.nl' }] }], frame, layoutTools(measure));
    const pieces = layout.pages[0]!.items.filter((item): item is PlacedText => item.kind === 'text');
    const linked = pieces.filter((piece) => piece.tag?.link === 0);
    expect(linked.map((piece) => piece.lines.join('').trim())).toEqual(['site van', 'onze school']);
    expect(pieces.filter((piece) => piece.tag?.link === undefined).every((piece) => piece.tag?.flow === 0)).toBe(true);
    // Read in drawing order, the pieces give the text again, words apart.
    expect(pieces.map((piece) => piece.lines.join(' ')).join('').replace(/\s+/g, ' ').trim()).toBe(text);
    // "site" starts after "Kijk op de " on the first line: 11 characters of 2 mm.
    expect(linked[0]!.xMm).toBeCloseTo(frame.leftMm + 11 * 2);
    expect(linked[1]!.xMm).toBeCloseTo(frame.leftMm);
    expect(linked[1]!.baselineMm).toBeCloseTo(linked[0]!.baselineMm + body.lineHeightMm);
  });
});
