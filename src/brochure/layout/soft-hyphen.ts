/**
 * The hyphen the layout adds at a line end, drawn with the font's hyphen glyph: as the soft hyphen
 * (U+00AD) a tagged PDF's text says it is no part of the word (PDF 1.7, 14.8.2.5), so a screen
 * reader reads "nieuwkomers", not "nieuwko-mers". Also the separator asked of the patterns.
 */
export const SOFT_HYPHEN = '\u00ad';

/** Whether a line ends in a hyphen (its own or one the layout added): the next line then goes on with the word, no space between. */
export const endsInHyphen = (line: string): boolean => line.endsWith('-') || line.endsWith(SOFT_HYPHEN);
