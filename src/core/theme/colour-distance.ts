/**
 * Whether two colours can be told apart at a glance: the CIEDE2000 colour difference (from culori,
 * which implements the CIE formula), used for badges that sit side by side on a card.
 */
import { differenceCiede2000, modeLab65, modeRgb, useMode } from 'culori/fn';

// culori/fn registers only the colour spaces asked for, so the site does not carry all of them.
useMode(modeRgb);
useMode(modeLab65);

const difference = differenceCiede2000();

/** Below this difference two badge colours read as the same colour to many people. */
export const DISTINCT_COLOURS = 10;

/** The CIEDE2000 difference of two hex colours: 0 for the same colour, about 100 for black and white. */
export const colourDifference = (a: string, b: string): number => difference(a, b);
