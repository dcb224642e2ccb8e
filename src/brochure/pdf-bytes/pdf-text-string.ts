/** Texts (titles, descriptions, alternative texts) as PDF strings that take the least room. */
import { PDFHexString } from 'pdf-lib';

const EURO_IN_PDF_DOC_ENCODING = 0xa0;

/**
 * A text as the shortest PDF string that holds it: a literal in PDFDocEncoding (ASCII, Latin-1's
 * letters and the euro sign; a non-breaking space said as a space), else UTF-16 in hex, which
 * takes four times the room.
 */
export function textString(text: string): string {
  let literal = '(';
  for (const char of text.replaceAll('\u00a0', ' ')) {
    const code = char === '€' ? EURO_IN_PDF_DOC_ENCODING : (char.codePointAt(0) ?? 0);
    const inEncoding = (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff && code !== 0xad) || char === '€';
    if (!inEncoding) return PDFHexString.fromText(text).toString();
    literal += code > 0x7e ? `\\${code.toString(8)}` : '()\\'.includes(char) ? `\\${char}` : char;
  }
  return `${literal})`;
}
