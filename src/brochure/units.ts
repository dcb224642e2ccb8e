/** The page in millimetres, the unit the layout works in; points appear only where pdf-lib is called. */

export const A4 = { widthMm: 210, heightMm: 297 } as const;

const POINTS_PER_MM = 72 / 25.4;

export const mmToPt = (mm: number): number => mm * POINTS_PER_MM;
export const ptToMm = (pt: number): number => pt / POINTS_PER_MM;

/** A colour as three 0-1 channels, as PDF wants them. */
export type Rgb = readonly [number, number, number];

/** `#1b6e53` or `#fff` to channels; content colours were validated as hex by the site schema. */
export function hexToRgb(hex: string): Rgb {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  const value = Number.parseInt(full, 16);
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
}
