/**
 * Web and e-mail addresses as the brochure links them: a cell that is just an address
 * (draw/structure-tree.ts) and an address written out in running text (content/inline-links.ts)
 * lead to the same place.
 */
const EMAIL = /^[^\s@()<>]+@[^\s@()<>]+\.[a-z]{2,}$/i;
const WEB = /^(https?:\/\/|www\.)[^\s<>]+$/i;

/** Where a text that is just an address leads (`mailto:`, or `https://` before `www.`); undefined when it is not one. */
export function linkTarget(text: string): string | undefined {
  const address = text.trim();
  if (WEB.test(address)) return address.startsWith('www.') ? `https://${address}` : address;
  if (EMAIL.test(address)) return `mailto:${address}`;
  return undefined;
}
