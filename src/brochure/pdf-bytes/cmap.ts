/**
 * The brochure fonts' own encoding, written as two CMaps: the encoding (code to glyph id) and
 * ToUnicode (code to text), both embedded in the PDF.
 *
 * Codes are one or two bytes. Characters U+0020-U+00FF (nearly all of Dutch text) are one byte,
 * their own code point; any other glyph is two bytes, 0x0100 plus its glyph id. The first byte of
 * a two-byte code (0x01-0x1F) never starts a one-byte code, and no two-byte code has the value of
 * a one-byte one (poppler keys ToUnicode by the code's value alone). Text so costs one byte a
 * character instead of Identity-H's two, and the content streams compress smaller.
 */

/** Two-byte codes are 0x0100 + glyph id, up to 0x1FFF: their first byte stays below the one-byte codes (0x20). */
const TWO_BYTE_BASE = 0x100;
export const MAX_TWO_BYTE_GLYPH = 0x1fff - TWO_BYTE_BASE;

const ONE_BYTE = { first: 0x20, last: 0xff };
const CODESPACE = ['2 begincodespacerange', '<20> <FF>', '<0100> <1FFF>', 'endcodespacerange'];

const hex2 = (value: number): string => value.toString(16).toUpperCase().padStart(2, '0');
const hex4 = (value: number): string => value.toString(16).toUpperCase().padStart(4, '0');
const codeHex = (code: string): string => [...code].map((byte) => hex2(byte.charCodeAt(0))).join('');

function utf16Hex(codePoint: number): string {
  if (codePoint <= 0xffff) return hex4(codePoint);
  const offset = codePoint - 0x10000;
  return hex4(0xd800 + (offset >> 10)) + hex4(0xdc00 + (offset & 0x3ff));
}

export const isOneByte = (codePoint: number): boolean => codePoint >= ONE_BYTE.first && codePoint <= ONE_BYTE.last;

/** A character's code, as a string of byte values: its code point, or two bytes naming its glyph. */
export const codeOf = (codePoint: number, glyphId: number): string =>
  isOneByte(codePoint) ? String.fromCharCode(codePoint) : String.fromCharCode((TWO_BYTE_BASE + glyphId) >> 8, (TWO_BYTE_BASE + glyphId) & 0xff);

/** `begin…` / `end…` blocks of at most 100 entries, as CMaps require. */
function blocks(name: string, entries: string[]): string[] {
  const out: string[] = [];
  for (let start = 0; start < entries.length; start += 100) {
    const chunk = entries.slice(start, start + 100);
    out.push(`${chunk.length} begin${name}`, ...chunk, `end${name}`);
  }
  return out;
}

/** One-byte codes whose targets (glyph ids, or code points) run on by one, as [first code, last code, first target]. */
function runs(pairs: [code: number, target: number][]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [code, target] of pairs) {
    const last = out.at(-1);
    if (last && code === last[1] + 1 && target === last[2] + code - last[0]) last[1] = code;
    else out.push([code, code, target]);
  }
  return out;
}

function cmapFile(name: string, type: 1 | 2, ordering: string, body: string[]): string {
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    `/CIDSystemInfo << /Registry (Adobe) /Ordering (${ordering}) /Supplement 0 >> def`,
    `/CMapName /${name} def`,
    `/CMapType ${type} def`,
    ...CODESPACE,
    ...body,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** The name the font's encoding CMap goes by, in the CMap file and in the PDF's CMap dictionary. */
export const encodingName = (baseName: string): string => `${baseName}-Aanbodgids`;

/** The encoding CMap: every two-byte code to its glyph id, the one-byte codes in runs. */
export function encodingCMap(baseName: string, oneByte: [code: number, glyph: number][]): string {
  const cidRanges = ['<0100> <1FFF> 0', ...runs(oneByte).map(([first, last, glyph]) => `<${hex2(first)}> <${hex2(last)}> ${glyph}`)];
  return cmapFile(encodingName(baseName), 1, 'Identity', blocks('cidrange', cidRanges));
}

/**
 * The ToUnicode CMap: a one-byte code is its own code point, so its entries run as far as its
 * glyph entries; each two-byte code says its character.
 */
export function toUnicodeCMap(baseName: string, oneByte: [code: number, glyph: number][], twoByte: [code: string, codePoint: number][]): string {
  const unicodeRanges = runs(oneByte.map(([code]) => [code, code])).map(([first, last]) => `<${hex2(first)}> <${hex2(last)}> <${hex4(first)}>`);
  const toUnicode = twoByte.map(([code, codePoint]) => `<${codeHex(code)}> <${utf16Hex(codePoint)}>`);
  return cmapFile(`${baseName}-UCS`, 2, 'UCS', [...blocks('bfrange', unicodeRanges), ...blocks('bfchar', toUnicode)]);
}
