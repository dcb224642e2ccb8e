import dutchPatterns from 'hyphen/nl/index.js';
import { describe, expect, test, vi } from 'vitest';
import { curlyQuotes, typeset } from '../../src/core/strings/typography.ts';
import { createHyphenate } from '../../src/brochure/layout/hyphenate.ts';
import { monospaceMeasure, type TextMeasure } from '../../src/brochure/layout/measure.ts';
import { wrapText } from '../../src/brochure/layout/wrap.ts';

const NBSP = '\u00a0';

// The real Dutch patterns, watched: how often they are asked is the work hyphenation does.
vi.mock('hyphen/nl/index.js', async (importOriginal) => {
  const { default: patterns } = await importOriginal<{ default: typeof dutchPatterns }>();
  return { default: { ...patterns, hyphenateSync: vi.fn(patterns.hyphenateSync) } };
});

describe('print typography', () => {
  test('an amount keeps its euro sign, a phone number its groups and "groep 7" its number on one line', () => {
    expect(typeset('Kost € 1.250,00 per groep')).toContain(`€${NBSP}1.250,00`);
    expect(typeset('Bel 030 123 45 67 of 06-1234 5678.')).toContain(`030${NBSP}123${NBSP}45${NBSP}67`);
    expect(typeset('Bel 030 123 45 67 of 06-1234 5678.')).toContain(`06-1234${NBSP}5678`);
    expect(typeset('voor groep 7 en 8')).toBe(`voor groep${NBSP}7 en 8`);
  });

  test('straight quotes in Markdown text become curly ones, and a Dutch elision takes an apostrophe', () => {
    expect(curlyQuotes('De "Vreedzame school" van \'t Hoogland')).toBe('De \u201cVreedzame school\u201d van \u2019t Hoogland');
    expect(curlyQuotes("Ze zei 'ja'.")).toBe('Ze zei \u2018ja\u2019.');
    expect(typeset('Theaterproject "Wie ben ik?"')).toBe('Theaterproject "Wie ben ik?"');
  });
});

describe('hyphenation', () => {
  const dutch = createHyphenate('nl');
  const measure = monospaceMeasure(2);

  test('Dutch words break at the points of the Dutch patterns', () => {
    expect(dutch('schoolmaatschappelijk').join('')).toBe('schoolmaatschappelijk');
    expect(dutch('schoolmaatschappelijk').length).toBeGreaterThan(3);
    expect(dutch('ondersteuning')).toEqual(['on', 'der', 'steu', 'ning']);
  });

  test('web addresses, e-mail addresses, numbers and amounts are never broken inside', () => {
    for (const word of ['https://www.vechtwaarde.example.nl/aanbod/', 'npo@vechtwaarde.example.nl', '1.250,00', `€${NBSP}12.500,00`, '0301234567']) {
      expect(dutch(word)).toEqual([word]);
    }
  });

  test('a line that would leave a wide gap ends in a hyphenated word instead', () => {
    // 20 characters a line: "de" leaves 17 free, "ondersteuning" (13) would fit on the next line only.
    const lines = wrapText({ text: 'de schoolondersteuning', font: 'regular', sizePt: 10, maxWidthMm: 40 }, measure, dutch);
    expect(lines[0]).toMatch(/^de school\S*\u00ad$/);
    expect(lines.join('').replace('\u00ad', '')).toBe('de schoolondersteuning');
  });

  test('a word that fits on its own line is not hyphenated there', () => {
    expect(wrapText({ text: 'ondersteuning', font: 'regular', sizePt: 10, maxWidthMm: 40 }, measure, dutch)).toEqual(['ondersteuning']);
  });

  test('a word longer than any real word is never handed to the hyphenation patterns', () => {
    const patterns = vi.mocked(dutchPatterns.hyphenateSync);
    const hyphenate = createHyphenate('nl');
    patterns.mockClear();
    expect(hyphenate('kindercarnavalsoptochtvoorbereidingswerkzaamhedenplan').length).toBeGreaterThan(5);
    expect(patterns).toHaveBeenCalledTimes(1);
    patterns.mockClear();
    const runaway = 'ondersteuning'.repeat(5);
    expect(hyphenate(runaway)).toEqual([runaway]);
    expect(patterns).not.toHaveBeenCalled();
  });

  test('wrapping a word of thousands of letters measures each letter a bounded number of times', () => {
    let measured = 0;
    const counting: TextMeasure = {
      widthMm: (text, font, sizePt) => {
        measured += text.length;
        return measure.widthMm(text, font, sizePt);
      },
    };
    const runaway = 'ondersteuning'.repeat(1000);
    const lines = wrapText({ text: `de ${runaway}`, font: 'regular', sizePt: 10, maxWidthMm: 40 }, counting, createHyphenate('nl'));
    expect(lines.join('').replaceAll('\u00ad', '').replaceAll(' ', '')).toBe(`de${runaway}`);
    // Each letter is measured with the line it may end up on (20 letters), and the word as a whole a few times.
    expect(measured).toBeLessThan(30 * runaway.length);
  });
});
