/**
 * What a brochure's content hash is taken over: the renderer version, the fonts, the logo, the
 * date and what the brochure prints. Plain data and no hashing here, so the build (node:crypto)
 * and the browser (SubtleCrypto) hash the very same text and agree on the PDF's document ID.
 *
 * A school's key covers only what its brochure prints, so a change elsewhere in a large
 * catalogue does not redraw it: the site, the school (with its choices), the interventions
 * printed in full with their bodies and providers, and of the rest of the menu only what it shows
 * of them: a table row's title, cost, duration and provider name, or a domain summary's figures
 * (menu-form.ts). The catalogue brochure prints everything, so its key covers everything.
 */
import { indexOf, type Catalogue, type Intervention, type School } from '../core/catalogue.ts';
import { schoolOffer } from '../core/offer.ts';
import type { BrochureContent } from './brochure-input.ts';
import { describedInFull } from './content/full-descriptions.ts';
import { menuForm, menuSummary } from './content/menu-form.ts';
import { RENDERER_VERSION } from './draw/metadata.ts';

export interface KeyHashes {
  /** SHA-256 (hex) of the regular and then the bold font file. */
  fonts: string;
  /** SHA-256 (hex) of the logo's bytes, or `none`. */
  logo: string;
}

/** Interventions in full, with their bodies and their providers' contact details. */
function inFullInputs(content: BrochureContent, interventions: Intervention[]) {
  const providerIds = new Set(interventions.map((intervention) => intervention.provider));
  return {
    interventions: interventions.map((intervention) => ({ ...intervention, body: content.bodies[intervention.id] })),
    providers: content.catalogue.providers.filter((provider) => providerIds.has(provider.id)),
  };
}

/** What a brief table row prints of an intervention (school-flow.ts briefTable). */
function rowInputs(catalogue: Catalogue, intervention: Intervention) {
  const { id, title, domain, offer, cost, duration } = intervention;
  return { id, title, domain, offer, cost, duration, provider: indexOf(catalogue).providers.get(intervention.provider)?.name };
}

function schoolInputs(content: BrochureContent, school: School): unknown {
  const { catalogue } = content;
  const offer = schoolOffer(school, catalogue);
  const settings = catalogue.site.brochure;
  const inFull = describedInFull(offer, settings);
  const form = menuForm(offer, settings);
  const offered = [...offer.fixed.flatMap((group) => group.items), ...offer.optional.flatMap((group) => group.items.map((item) => item.intervention))];
  const menu =
    form === 'summary'
      ? menuSummary(offer).map(({ domain, count, lowest, highest }) => ({ domain: domain.id, count, lowest, highest }))
      : offered.filter((intervention) => !inFull(intervention.id)).map((intervention) => rowInputs(catalogue, intervention));
  return { form, ...inFullInputs(content, offered.filter((intervention) => inFull(intervention.id))), menu };
}

function inputsOf(content: BrochureContent, school: School | undefined): unknown {
  const { catalogue } = content;
  const shown = school ? schoolInputs(content, school) : inFullInputs(content, catalogue.interventions);
  return { site: catalogue.site, school, shown, intro: content.intro, siteAddress: content.siteAddress };
}

/** The text whose SHA-256 is the brochure's cache key; its first 32 hex digits are the document ID. */
export function brochureKeySource(content: BrochureContent, school: School | undefined, hashes: KeyHashes, date: string): string {
  return JSON.stringify([RENDERER_VERSION, hashes.fonts, hashes.logo, date, inputsOf(content, school)]);
}

export const documentIdOf = (keyHex: string): string => keyHex.slice(0, 32);
