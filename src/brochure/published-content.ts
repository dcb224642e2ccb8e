/**
 * The brochure content as the build publishes it for the browser (`brochures/catalogue.json`):
 * the very BrochureContent the build drew from, with the hashes and date the document ID is taken
 * with (document-key.ts), so a school's brochure made on the site has the build's document ID. Plain JSON: the logo
 * travels as base64.
 */
import type { BrochureContent } from './brochure-input.ts';
import type { KeyHashes } from './document-key.ts';
import { compareSchools } from '../core/catalogue/catalogue-order.ts';

export interface PublishedBrochureContent {
  content: Omit<BrochureContent, 'logo'> & { logo?: { base64: string; format: 'png' | 'jpg' } };
  /** The date the build gave every brochure (SOURCE_DATE_EPOCH or the period start). */
  date: string;
  hashes: KeyHashes;
  /** The build's subset fonts, relative to the JSON's own address. */
  fonts: { regular: string; bold: string };
}

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
};

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export function publishContent(content: BrochureContent, rest: Omit<PublishedBrochureContent, 'content'>): PublishedBrochureContent {
  const { logo, ...withoutLogo } = content;
  return { content: logo ? { ...withoutLogo, logo: { base64: toBase64(logo.bytes), format: logo.format } } : withoutLogo, ...rest };
}

export function contentFromPublished(published: PublishedBrochureContent): BrochureContent {
  const { logo, ...withoutLogo } = published.content;
  return logo ? { ...withoutLogo, logo: { bytes: fromBase64(logo.base64), format: logo.format } } : withoutLogo;
}

/** The content with this school in it (replacing the one of the same id), in catalogue order. */
export function contentWithSchool(content: BrochureContent, school: BrochureContent['catalogue']['schools'][number]): BrochureContent {
  const schools = [...content.catalogue.schools.filter((other) => other.id !== school.id), school].sort(compareSchools);
  return { ...content, catalogue: { ...content.catalogue, schools } };
}
