/**
 * What image format a file's bytes are, read from their first bytes rather than trusted from the
 * name, so a logo named .png that is really text (or a renamed file of another kind) is caught
 * when the content is checked, not when a page or a PDF tries to draw it.
 */
export type ImageFormat = 'png' | 'jpg' | 'webp' | 'svg';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The format a file name's extension promises, if it is an image extension aanbodgids knows. */
export function formatOfName(name: string): ImageFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'jpeg') return 'jpg';
  return extension === 'png' || extension === 'jpg' || extension === 'webp' || extension === 'svg' ? extension : undefined;
}

/** The format the bytes are, if one of the four. */
export function formatOfBytes(bytes: Uint8Array): ImageFormat | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  // An SVG is XML text: after an optional byte order mark, declaration and comments, an <svg element.
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<') && /<svg[\s>]/i.test(head)) return 'svg';
  return undefined;
}
