/**
 * Noto Sans, regular and bold, cut down once per build to the characters Dutch catalogues use
 * (Latin, Latin Extended-A, punctuation, the euro sign and Cyrillic for newcomer programmes)
 * and stripped of layout tables and hinting. Each brochure embeds this font with just the
 * outlines of the glyphs it draws, glyph ids unchanged (src/brochure/pdf-bytes/keep-glyphs.ts): a
 * copy, not pdf-lib's per-document subsetting, which is slow and whose fontkit corrupts some
 * glyphs. Without kerning or ligatures the renderer can measure and encode text character by character.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { FontFiles } from '../../brochure/draw/font-kit.ts';
import { readChecked, writeChecked } from '../checked-cache.ts';

const require = createRequire(import.meta.url);

const SOURCES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

const RANGES: [number, number][] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x17f], // Latin-1 Supplement, Latin Extended-A
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x203a], // per mille, primes, single guillemets
  [0x20ac, 0x20ac], // €
  [0x400, 0x45f], // Cyrillic: Russian, Ukrainian, Bulgarian, Serbian letters
  [0x490, 0x491], // Ukrainian Ґ ґ
];

const FONT_CHARACTERS = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index))).join('');

const OPTIONS = { targetFormat: 'truetype', noLayoutClosure: true, noHinting: true, dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern', 'DSIG'] } as const;

async function subsetOnce(source: string, cacheDir: string): Promise<Buffer> {
  const original = readFileSync(require.resolve(source));
  const key = createHash('sha256').update(original).update(FONT_CHARACTERS).update(JSON.stringify(OPTIONS)).digest('hex').slice(0, 20);
  const cached = path.join(cacheDir, `${key}.ttf`);
  const intact = readChecked(cached);
  if (intact) return intact;
  const subset = await subsetFont(original, FONT_CHARACTERS, { ...OPTIONS, dropTables: [...OPTIONS.dropTables] });
  mkdirSync(cacheDir, { recursive: true });
  writeChecked(cached, subset);
  return subset;
}

/** Node Buffers, because fontkit 1.9 (the one that works with pdf-lib) reads fonts through Buffer methods. */
export async function prepareBrochureFonts(cacheDir: string): Promise<FontFiles> {
  const [regular, bold] = await Promise.all([subsetOnce(SOURCES.regular, cacheDir), subsetOnce(SOURCES.bold, cacheDir)]);
  return { regular, bold };
}
