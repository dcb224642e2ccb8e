/**
 * Print typography: non-breaking spaces where a line break would part what belongs together (an
 * amount from its euro sign, the parts of a phone number, "groep 7"), applied to all text that is
 * already plain (one space between words) before it is measured; and curly quotes for text from
 * Markdown, where the web pages have them too (titles and summaries keep the quotes as written,
 * as on the pages).
 */
import { memoize } from '../cache/memoize.ts';

const NBSP = '\u00a0';

/** Dutch elisions ('t, 's, 'n, 'k) take an apostrophe, not an opening quote. */
const ELISION = /(^|[\s([{])'(?=(?:t|s|n|k)\b)/g;
const OPEN_DOUBLE = /(^|[\s([{\u2018])"/g;
const OPEN_SINGLE = /(^|[\s([{\u201c])'/g;

export function curlyQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  return text
    .replace(ELISION, '$1\u2019')
    .replace(OPEN_DOUBLE, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(OPEN_SINGLE, '$1\u2018')
    .replace(/'/g, '\u2019');
}

/** "030 123 45 67", "06-1234 5678", "+31 30 123 4567": digits in groups, kept on one line. */
const PHONE = /(?<![\w.,])(?:\+\d{2}[ ]?(?:\(0\))?[ ]?\d|0\d)[\d -]{6,14}\d(?![\w.,]\d)/g;
const AMOUNT = /([€$£]) (?=[\d-])/g;
const NUMBERED = /\b(groep|groepen|klas|leerjaar|jaar|group|year|grade|pagina|page|nr\.|nummer) (?=\d)/gi;
const NUMBER_UNIT = /(\d) (?=(?:%|€|uur|min|km|weken|week|dagen|keer|leerlingen|scholen|hours|weeks|pupils|schools)\b)/g;

function nonBreakingSpaces(text: string): string {
  if (!text.includes(' ')) return text;
  return text
    .replace(AMOUNT, `$1${NBSP}`)
    .replace(PHONE, (phone) => phone.replace(/ /g, NBSP))
    .replace(NUMBERED, `$1${NBSP}`)
    .replace(NUMBER_UNIT, `$1${NBSP}`);
}

/** Typeset texts kept: a brochure build sets the same titles and facts for every school. */
export const typeset: (text: string) => string = memoize(nonBreakingSpaces);
