/** WCAG 2.1 contrast between two colours (culori's wcagContrast), and hex colours as RGB for the PDF. */
import { modeLrgb, modeRgb, useMode, wcagContrast } from 'culori/fn';

// culori/fn registers only the colour spaces asked for: hex colours parse as RGB, and WCAG's
// relative luminance is computed in linear RGB.
useMode(modeRgb);
useMode(modeLrgb);

/** `#1b6e53` or `#fff` to [r, g, b] in 0-255. */
export function hexToRgb(hex: string): [number, number, number] {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  const value = Number.parseInt(full, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** From 1 (no contrast) to 21 (black on white). */
export const contrastRatio = (foreground: string, background: string): number => wcagContrast(foreground, background);

/** WCAG 2.1 AA for normal text (1.4.3). */
export const AA_TEXT_CONTRAST = 4.5;
