/**
 * A brochure embeds only the outlines of the glyphs it draws: a brochure without Cyrillic carries
 * no Cyrillic outlines (and a smaller font program), one with Cyrillic draws it, and every
 * character the text holds has an outline in the embedded fonts.
 */
import path from 'node:path';
import fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { keepGlyphs, readGlyphTables } from '../../src/brochure/pdf-bytes/keep-glyphs.ts';
import { prepareBrochureFonts } from '../../src/integration/brochures/brochure-fonts.ts';
import { projectRoot } from '../support/run-build.ts';
import { embeddedFonts, inkedCharacters, inkOnPage, pdfText, poppler, wordBoxes } from './pdf-tools.ts';
import { fixtureContent, fontCache, meta, sharedRenderer } from './render-in-process.ts';

const minimalDir = path.join(projectRoot, 'tests/fixtures/minimal');
const UKRAINIAN = 'Ласкаво просимо до школи';

async function hetBaken(withCyrillic: boolean) {
  const content = fixtureContent(minimalDir);
  if (withCyrillic) content.bodies.leesclub = [{ kind: 'paragraph', runs: [{ text: `${UKRAINIAN}, zegt de leesclub.` }] }];
  return (await sharedRenderer()).renderSchool(content, 'het-baken', meta);
}

const regularOf = (fonts: Map<string, Uint8Array>): Uint8Array => {
  const entry = [...fonts].find(([name]) => name.endsWith('+NotoSans-Regular'));
  if (!entry) throw new Error(`no subset NotoSans-Regular among ${[...fonts.keys()].join(', ')}`);
  return entry[1];
};

const pdffonts = (pdf: Uint8Array): string => poppler('pdffonts', [], pdf);

/** Every character pdftotext finds is one the embedded fonts draw with an outline (no blank glyphs). */
function expectEveryCharacterInked(pdf: Uint8Array, fonts: Map<string, Uint8Array>): void {
  const inked = new Set([...fonts.values()].flatMap((program) => [...inkedCharacters(program)]));
  const blank = [...new Set(pdfText(pdf).replace(/\s/g, ''))].filter((char) => !inked.has(char));
  expect(blank).toEqual([]);
}

describe('the fonts a brochure embeds', () => {
  test('a brochure without Cyrillic embeds a smaller font, with no Cyrillic outlines', async () => {
    const latin = await hetBaken(false);
    const cyrillic = await hetBaken(true);
    expect(pdfText(latin.bytes)).not.toMatch(/[\u0400-\u04ff]/);
    // pdffonts: both weights embedded as subsets (a tag before the name).
    expect(pdffonts(latin.bytes)).toMatch(/[A-Z]{6}\+NotoSans-Regular\s+CID TrueType\s+Custom\s+yes yes yes/);
    expect(pdffonts(latin.bytes)).toMatch(/[A-Z]{6}\+NotoSans-Bold\s+CID TrueType\s+Custom\s+yes yes yes/);
    const latinRegular = regularOf(await embeddedFonts(latin.bytes));
    const cyrillicRegular = regularOf(await embeddedFonts(cyrillic.bytes));
    expect([...inkedCharacters(latinRegular)].filter((char) => /[\u0400-\u04ff]/.test(char))).toEqual([]);
    expect(latinRegular.length).toBeLessThan(cyrillicRegular.length);
    // Far smaller than the build's whole font, which every brochure used to carry.
    const { regular: wholeFont } = await prepareBrochureFonts(fontCache);
    expect(latinRegular.length).toBeLessThan(wholeFont.length / 2);
  });

  test('a brochure with Cyrillic draws it: text, outlines and ink', async () => {
    const rendered = await hetBaken(true);
    expect(rendered.warnings).toEqual([]);
    expect(pdfText(rendered.bytes)).toContain(`${UKRAINIAN}, zegt de leesclub.`);
    const inked = inkedCharacters(regularOf(await embeddedFonts(rendered.bytes)));
    for (const char of UKRAINIAN.replace(/ /g, '')) expect(inked.has(char), char).toBe(true);
    const page = wordBoxes(rendered.bytes).find((box) => box.word === 'Ласкаво')?.page ?? 0;
    expect(page).toBeGreaterThan(0);
    expect(inkOnPage(rendered.bytes, page)).toBeGreaterThan(0.005);
  });

  test('every character of the text has an outline in the embedded fonts', async () => {
    for (const rendered of [await hetBaken(false), await hetBaken(true), await (await sharedRenderer()).renderCatalogue(fixtureContent(minimalDir), meta)]) {
      expectEveryCharacterInked(rendered.bytes, await embeddedFonts(rendered.bytes));
    }
  });
});

describe('keeping some glyphs of a font', () => {
  test('keeps the glyphs asked for and the parts of composite glyphs, empties the rest, keeps glyph ids and widths', async () => {
    const { regular } = await prepareBrochureFonts(fontCache);
    const whole = fontkit.create(Buffer.from(regular));
    const kept = keepGlyphs(readGlyphTables(regular), [whole.glyphForCodePoint('é'.codePointAt(0) ?? 0).id]);
    expect(kept.length).toBeLessThan(regular.length / 2);
    const font = fontkit.create(Buffer.from(kept));
    expect(font.numGlyphs).toBe(whole.numGlyphs);
    // é is e plus the acute accent: their outlines stay, and with them the characters ´ and e.
    expect(inkedCharacters(kept)).toEqual(new Set(['é', 'e', '´']));
    expect(font.glyphForCodePoint(0x78).advanceWidth).toBe(whole.glyphForCodePoint(0x78).advanceWidth);
    // A valid font file: the whole file sums to the OpenType magic number.
    const view = new DataView(kept.buffer, kept.byteOffset, kept.byteLength);
    let sum = 0;
    for (let offset = 0; offset < kept.length; offset += 4) sum = (sum + view.getUint32(offset)) >>> 0;
    expect(sum.toString(16)).toBe('b1b0afba');
  });
});
