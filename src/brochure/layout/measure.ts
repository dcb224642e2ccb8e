/**
 * Text widths in millimetres. The embedded fonts carry no kerning or ligatures (the build drops
 * those tables), so a word's width is the sum of its characters' advances: cheap to compute and
 * worth caching, since the layout measures the same words thousands of times.
 */
import type { FontName } from '../flow.ts';
import { memoize } from '../../core/cache/memoize.ts';
import { ptToMm } from '../units.ts';

/** Words and texts whose widths a worker keeps, per font. */
const WIDTHS_KEPT = 200_000;

export interface TextMeasure {
  widthMm(text: string, font: FontName, sizePt: number): number;
}

/** Advance of one character in thousandths of the font size (PDF glyph space). */
export type AdvanceOf = (char: string, font: FontName) => number;

export function createTextMeasure(advanceOf: AdvanceOf): TextMeasure {
  const unitsIn = (font: FontName) => {
    const wordUnits = memoize((word: string) => {
      let units = 0;
      for (const char of word) units += advanceOf(char, font);
      return units;
    }, WIDTHS_KEPT);
    // Whole texts too (table cells, lines): most recur in every brochure, and need no splitting then.
    return memoize((text: string) => {
      let units = 0;
      for (const word of text.split(/( )/)) if (word) units += wordUnits(word);
      return units;
    }, WIDTHS_KEPT);
  };
  const textUnits = { regular: unitsIn('regular'), bold: unitsIn('bold') };
  return {
    widthMm: (text, font, sizePt) => ptToMm((textUnits[font](text) * sizePt) / 1000),
  };
}

/** Every character the same width: for tests of the layout that must not depend on a font. */
export const monospaceMeasure = (charWidthMm: number): TextMeasure => ({
  widthMm: (text, _font, sizePt) => [...text].length * charWidthMm * (sizePt / 10),
});
