/**
 * Text made safe to stand in HTML, as element content or as a quoted attribute value: the five
 * characters HTML gives a meaning (`& < > " '`) become numeric character references. Every page,
 * report and excerpt written as a string escapes content text with this one function.
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
