/** The page in millimetres, the unit the layout works in; points appear only where pdf-lib is called. */
import { hexToRgb } from '../core/theme/contrast.ts';

export const A4 = { widthMm: 210, heightMm: 297 } as const;

const POINTS_PER_MM = 72 / 25.4;

export const mmToPt = (mm: number): number => mm * POINTS_PER_MM;
export const ptToMm = (pt: number): number => pt / POINTS_PER_MM;

/** Points to two decimals: what the PDF writes of positions and sizes (a hundredth of a point is far below what prints). */
export const roundPt = (pt: number): number => Math.round(pt * 100) / 100;

/** A colour as three 0-1 channels, as PDF wants them. */
export type Rgb = readonly [number, number, number];

/** `#1b6e53` or `#fff` to PDF channels; content colours were validated as hex by the site schema. */
export function pdfRgbOf(hex: string): Rgb {
  const [red, green, blue] = hexToRgb(hex);
  return [red / 255, green / 255, blue / 255];
}
