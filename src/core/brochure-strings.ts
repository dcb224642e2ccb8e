/**
 * The brochures' words, in the site's language, beside ui-strings.ts (which holds the pages'
 * words; the brochures use those too). Kept apart so the brochure text has one home.
 */
import type { Language } from './labels.ts';

const nl = {
  download: 'Brochure van deze school (PDF)',
  catalogueDownload: 'Het hele aanbod als brochure (PDF)',
  contents: 'Inhoud',
  intro: 'Inleiding',
  details: 'Het aanbod in detail',
  wholeCatalogue: 'Het hele aanbod',
  forSchool: 'Aanbod voor',
  page: (page: number, pages: number) => `pagina ${page} van ${pages}`,
  accessible: (address: string) => `Dit is de afdrukbare versie. De toegankelijke versie met dezelfde inhoud is de webpagina ${address}`,
  chosen: (quantity: string, charge: string) => `Gekozen: ${quantity}, ${charge}`,
} as const;

export type BrochureStrings = { [K in keyof typeof nl]: (typeof nl)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const en: BrochureStrings = {
  download: 'Brochure of this school (PDF)',
  catalogueDownload: 'The whole offer as a brochure (PDF)',
  contents: 'Contents',
  intro: 'Introduction',
  details: 'The offer in detail',
  wholeCatalogue: 'The whole offer',
  forSchool: 'Offer for',
  page: (page, pages) => `page ${page} of ${pages}`,
  accessible: (address) => `This is the printable version. The accessible version with the same content is the web page ${address}`,
  chosen: (quantity, charge) => `Chosen: ${quantity}, ${charge}`,
};

export function brochureStrings(language: Language): BrochureStrings {
  return language === 'en' ? en : nl;
}
