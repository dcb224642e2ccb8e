/** The printable area of a page, and where header and footer sit. */
import { A4 } from '../units.ts';

export interface PageFrame {
  widthMm: number;
  heightMm: number;
  /** Top of the text column. */
  topMm: number;
  /** Bottom of the text column; nothing of the flow goes below it. */
  bottomMm: number;
  leftMm: number;
  rightMm: number;
}

export const a4Frame: PageFrame = { ...A4, topMm: 24, bottomMm: A4.heightMm - 22, leftMm: 22, rightMm: A4.widthMm - 22 };

export const columnWidthMm = (frame: PageFrame): number => frame.rightMm - frame.leftMm;
