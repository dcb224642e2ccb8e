/**
 * What a brochure's content hash is taken over: the renderer version, the fonts, the logo, the
 * date and what the brochure shows (for a school: the site, the school, the interventions for
 * its type with their bodies, and their providers). Plain data and no hashing here, so the build
 * (node:crypto) and the browser (SubtleCrypto) hash the very same text and agree on the PDF's
 * document ID.
 */
import { isMeantFor, type School } from '../core/catalogue.ts';
import type { BrochureContent } from './brochure-input.ts';
import { RENDERER_VERSION } from './draw/metadata.ts';

export interface KeyHashes {
  /** SHA-256 (hex) of the regular and then the bold font file. */
  fonts: string;
  /** SHA-256 (hex) of the logo's bytes, or `none`. */
  logo: string;
}

function inputsOf(content: BrochureContent, school: School | undefined): unknown {
  const { catalogue } = content;
  const interventions = school ? catalogue.interventions.filter((intervention) => isMeantFor(intervention, school.type)) : catalogue.interventions;
  const providerIds = new Set(interventions.map((intervention) => intervention.provider));
  return {
    site: catalogue.site,
    school,
    interventions: interventions.map((intervention) => ({ ...intervention, body: content.bodies[intervention.id] })),
    providers: catalogue.providers.filter((provider) => providerIds.has(provider.id)),
    intro: content.intro,
    siteAddress: content.siteAddress,
  };
}

/** The text whose SHA-256 is the brochure's cache key; its first 32 hex digits are the document ID. */
export function brochureKeySource(content: BrochureContent, school: School | undefined, hashes: KeyHashes, date: string): string {
  return JSON.stringify([RENDERER_VERSION, hashes.fonts, hashes.logo, date, inputsOf(content, school)]);
}

export const documentIdOf = (keyHex: string): string => keyHex.slice(0, 32);
