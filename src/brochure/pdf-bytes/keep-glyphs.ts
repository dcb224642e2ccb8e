/**
 * A TrueType font with only some glyphs' outlines left in: every other glyph keeps its id but
 * becomes empty (a zero-length `loca` entry). Glyph ids, widths and the brochure's encoding stay
 * exactly as prepared, so this costs one copy of the kept outlines per document, not a real
 * subsetter (harfbuzz stays on the build side; fontkit's subsetter corrupts Noto Sans).
 * A brochure draws a small part of the font's glyphs, so its embedded fonts shrink to a fraction.
 */

/** Composite glyph flags (OpenType `glyf`): how long each component record is, and whether more follow. */
const ARGS_ARE_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_XY_SCALE = 0x0040;
const HAS_TWO_BY_TWO = 0x0080;

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

export interface GlyphTables {
  bytes: Uint8Array;
  tables: TableRecord[];
  /** Start and end of each glyph's outline within `glyf`, by glyph id. */
  outlines: { start: number; end: number }[];
  longLoca: boolean;
}

const tagAt = (view: DataView, offset: number): string => String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));

/** Reads the table directory and `loca` once per renderer; `keepGlyphs` then only copies. */
export function readGlyphTables(bytes: Uint8Array): GlyphTables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = Array.from({ length: view.getUint16(4) }, (_, index): TableRecord => {
    const record = 12 + index * 16;
    return { tag: tagAt(view, record), offset: view.getUint32(record + 8), length: view.getUint32(record + 12) };
  });
  const table = (tag: string): TableRecord => {
    const found = tables.find((candidate) => candidate.tag === tag);
    if (!found) throw new Error(`the brochure font has no ${tag} table`);
    return found;
  };
  const longLoca = view.getInt16(table('head').offset + 50) === 1;
  const glyphCount = view.getUint16(table('maxp').offset + 4);
  const loca = table('loca').offset;
  const at = (id: number) => (longLoca ? view.getUint32(loca + id * 4) : view.getUint16(loca + id * 2) * 2);
  const outlines = Array.from({ length: glyphCount }, (_, id) => ({ start: at(id), end: at(id + 1) }));
  return { bytes, tables, outlines, longLoca };
}

/** The glyphs a composite glyph is built from (accented letters are a base letter plus an accent). */
function componentsOf(font: GlyphTables, glyf: number, id: number): number[] {
  const { start, end } = font.outlines[id] ?? { start: 0, end: 0 };
  if (end - start < 10) return [];
  const view = new DataView(font.bytes.buffer, font.bytes.byteOffset + glyf + start, end - start);
  if (view.getInt16(0) >= 0) return [];
  const components: number[] = [];
  let offset = 10;
  for (;;) {
    const flags = view.getUint16(offset);
    components.push(view.getUint16(offset + 2));
    offset += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
    if (flags & HAS_SCALE) offset += 2;
    else if (flags & HAS_XY_SCALE) offset += 4;
    else if (flags & HAS_TWO_BY_TWO) offset += 8;
    if (!(flags & MORE_COMPONENTS)) return components;
  }
}

const pad4 = (length: number): number => (length + 3) & ~3;

function checksum(bytes: Uint8Array, offset: number, length: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  let sum = 0;
  for (let at = offset; at < offset + pad4(length); at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

/**
 * The font's bytes with the outlines of `ids` (plus glyph 0, which every font must have, and the
 * parts of composite glyphs) and no others. Same tables in the same order, checksums recomputed.
 */
export function keepGlyphs(font: GlyphTables, ids: Iterable<number>): Uint8Array {
  const glyfOffset = font.tables.find((table) => table.tag === 'glyf')?.offset ?? 0;
  const kept = new Uint8Array(font.outlines.length);
  const pending = [0, ...ids];
  while (pending.length > 0) {
    const id = pending.pop() ?? 0;
    if (id >= kept.length || kept[id]) continue;
    kept[id] = 1;
    pending.push(...componentsOf(font, glyfOffset, id));
  }
  // 1. The new glyf and loca tables.
  let glyfLength = 0;
  font.outlines.forEach(({ start, end }, id) => {
    if (kept[id]) glyfLength += end - start;
  });
  const glyf = new Uint8Array(glyfLength);
  const loca = new Uint8Array((font.outlines.length + 1) * (font.longLoca ? 4 : 2));
  const locaView = new DataView(loca.buffer);
  const setLoca = (id: number, offset: number) => (font.longLoca ? locaView.setUint32(id * 4, offset) : locaView.setUint16(id * 2, offset / 2));
  let written = 0;
  font.outlines.forEach(({ start, end }, id) => {
    setLoca(id, written);
    if (!kept[id]) return;
    glyf.set(font.bytes.subarray(glyfOffset + start, glyfOffset + end), written);
    written += end - start;
  });
  setLoca(font.outlines.length, written);
  // 2. The font file: the same directory, tables at new offsets, each padded to four bytes.
  const contents = font.tables.map((table) => (table.tag === 'glyf' ? glyf : table.tag === 'loca' ? loca : font.bytes.subarray(table.offset, table.offset + table.length)));
  const directoryLength = 12 + font.tables.length * 16;
  const out = new Uint8Array(directoryLength + contents.reduce((sum, data) => sum + pad4(data.length), 0));
  const view = new DataView(out.buffer);
  out.set(font.bytes.subarray(0, 12));
  let offset = directoryLength;
  let headOffset = -1;
  font.tables.forEach((table, index) => {
    const data = contents[index] ?? new Uint8Array();
    out.set(data, offset);
    if (table.tag === 'head') {
      headOffset = offset;
      view.setUint32(offset + 8, 0); // checkSumAdjustment is computed over the font with it at zero
    }
    const record = 12 + index * 16;
    out.set(font.bytes.subarray(record, record + 4), record);
    view.setUint32(record + 4, checksum(out, offset, data.length));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    offset += pad4(data.length);
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  return out;
}
