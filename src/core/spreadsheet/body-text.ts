/**
 * A description from a spreadsheet as the body of a plain Markdown file. Markdown is kept (lists
 * and headings are what providers write), but `<` is written as `&lt;` so a provider's text can
 * never become HTML; `{` needs nothing, as the file is .md, not MDX.
 */
export const bodyFromSheet = (text: string): string => text.replace(/\r\n?/g, '\n').trim().replaceAll('<', '&lt;');
