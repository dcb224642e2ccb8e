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
  // Whole texts too (table cells, lines): most recur in every brochure, and need no splitting then.
  const textWidths: Record<FontName, Map<string, number>> = { regular: new Map(), bold: new Map() };
  const textUnits = (text: string, font: FontName): number => {
    const cache = textWidths[font];
    let units = cache.get(text);
    if (units === undefined) {
      units = 0;
      for (const word of text.split(/( )/)) if (word) units += unitWidth(word, font);
      if (cache.size > 200_000) cache.clear();
      cache.set(text, units);
    }
    return units;
  };
  return {
    widthMm: (text, font, sizePt) => ptToMm((textUnits(text, font) * sizePt) / 1000),
  };
}

/** Every character the same width: for tests of the layout that must not depend on a font. */
export const monospaceMeasure = (charWidthMm: number): TextMeasure => ({
  widthMm: (text, _font, sizePt) => [...text].length * charWidthMm * (sizePt / 10),
});
