/**
 * A brochure's key, taken over what it draws: its plan (the flow, header, footer, metadata and
 * warnings the renderer made from the content) together with the renderer's code, the fonts, the
 * logo and the date. Whatever a content change does to a brochure shows in its plan, so the key
 * cannot fall out of step with the renderer; a change to how plans are drawn changes the code hash.
 *
 * Plain data and no hashing here, so the build (node:crypto) and the browser (SubtleCrypto) hash
 * the very same text and agree on the PDF's document ID.
 */
import type { BrochurePlan } from './render-brochure.ts';

export interface KeyHashes {
  /** SHA-256 (hex) of the renderer's code, taken by the build (src/integration/brochures/renderer-code.ts). */
  renderer: string;
  /** SHA-256 (hex) of the regular and then the bold font file. */
  fonts: string;
  /** SHA-256 (hex) of the logo's bytes, or `none`. */
  logo: string;
}

/** The text whose SHA-256 is the brochure's cache key; its first 32 hex digits are the document ID. */
export function brochureKeySource(plan: BrochurePlan, hashes: KeyHashes, date: string): string {
  return JSON.stringify([hashes.renderer, hashes.fonts, hashes.logo, date, plan]);
}

export const documentIdOf = (keyHex: string): string => keyHex.slice(0, 32);
