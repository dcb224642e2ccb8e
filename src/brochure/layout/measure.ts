/**
 * Text widths in millimetres. The embedded fonts carry no kerning or ligatures (the build drops
 * those tables), so a word's width is the sum of its characters' advances: cheap to compute and
 * worth caching, since the layout measures the same words thousands of times.
 */
import type { FontName } from '../flow.ts';
import { ptToMm } from '../units.ts';

export interface TextMeasure {
  widthMm(text: string, font: FontName, sizePt: number): number;
}

/** Advance of one character in thousandths of the font size (PDF glyph space). */
export type AdvanceOf = (char: string, font: FontName) => number;

export function createTextMeasure(advanceOf: AdvanceOf): TextMeasure {
  const wordWidths: Record<FontName, Map<string, number>> = { regular: new Map(), bold: new Map() };
  const unitWidth = (word: string, font: FontName): number => {
    const cache = wordWidths[font];
    let width = cache.get(word);
    if (width === undefined) {
      width = 0;
      for (const char of word) width += advanceOf(char, font);
      if (cache.size > 200_000) cache.clear();
      cache.set(word, width);
    }
    return width;
  };
  return {
    widthMm(text, font, sizePt) {
      let units = 0;
      for (const word of text.split(/( )/)) if (word) units += unitWidth(word, font);
      return ptToMm((units * sizePt) / 1000);
    },
  };
}

/** Every character the same width: for tests of the layout that must not depend on a font. */
export const monospaceMeasure = (charWidthMm: number): TextMeasure => ({
  widthMm: (text, _font, sizePt) => [...text].length * charWidthMm * (sizePt / 10),
});
