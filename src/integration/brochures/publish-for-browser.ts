/**
 * What the site's "Download brochure (PDF)" button needs to draw a school's brochure in the
 * browser exactly as the build does: the prepared content (bodies as blocks) with the date and
 * hashes (renderer code, fonts, logo) behind the document ID, and the build's subset fonts. Fetched only when pressed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import type { KeyHashes } from '../../brochure/document-key.ts';
import type { FontFiles } from '../../brochure/draw/font-kit.ts';
import { publishContent } from '../../brochure/published-content.ts';

export interface BrowserBrochureInputs {
  content: BrochureContent;
  fonts: FontFiles;
  /** Renderer code, fonts and logo, as the build's keys were taken with them. */
  hashes: KeyHashes;
  date: string;
}

/** Writes brochures/catalogue.json and brochures/fonts/ into the (staging) output folder. */
export function publishForBrowser(inputs: BrowserBrochureInputs, outDir: string): void {
  const folder = path.join(outDir, 'brochures');
  mkdirSync(path.join(folder, 'fonts'), { recursive: true });
  // The hash in the names lets browsers cache the fonts for good.
  const fonts = { regular: `fonts/noto-sans-regular-${inputs.hashes.fonts.slice(0, 10)}.ttf`, bold: `fonts/noto-sans-bold-${inputs.hashes.fonts.slice(0, 10)}.ttf` };
  writeFileSync(path.join(folder, fonts.regular), inputs.fonts.regular);
  writeFileSync(path.join(folder, fonts.bold), inputs.fonts.bold);
  const published = publishContent(inputs.content, { date: inputs.date, hashes: inputs.hashes, fonts });
  writeFileSync(path.join(folder, 'catalogue.json'), JSON.stringify(published));
}
