/**
 * The brochures' words, in the site's language, beside ui-strings.ts (which holds the pages'
 * words; the brochures use those too). Kept apart so the brochure text has one home.
 */
import type { Language, Translation } from './labels.ts';

const nl = {
  download: 'Brochure van deze school (PDF)',
  catalogueDownload: 'Het hele aanbod als brochure (PDF)',
  contents: 'Inhoud',
  intro: 'Inleiding',
  details: 'Het aanbod in detail',
  wholeCatalogue: 'Het hele aanbod',
  forSchool: 'Aanbod voor',
  page: (page: number, pages: number) => `pagina ${page} van ${pages}`,
  accessible: (address: string) => `Deze PDF is getagd voor schermlezers. Dezelfde inhoud staat ook op de webpagina ${address}`,
  logoAlt: (municipality: string) => `Logo van ${municipality}`,
  chosen: (quantity: string, charge: string) => `Gekozen: ${quantity}, ${charge}`,
  briefMenu: (siteAddress: string) =>
    `Het keuzeaanbod is te groot om hier helemaal af te drukken. Het vaste aanbod en de keuzes van de school staan verderop volledig beschreven, met de contactgegevens van hun aanbieders. Van het andere aanbod staan hier de titel, de kosten, de duur en de aanbieder; de samenvatting en de beschrijving staan op de website (${siteAddress}aanbod/, zoek op de titel) en in de brochure met het hele aanbod (${siteAddress}aanbod.pdf).`,
  summaryMenu: (siteAddress: string) =>
    `Het keuzeaanbod is te groot om in deze brochure af te drukken. Het vaste aanbod en de keuzes van de school staan verderop volledig beschreven, met de contactgegevens van hun aanbieders. Hieronder staat per domein hoeveel interventies er zijn en wat ze kosten; het hele keuzeaanbod staat op de website (${siteAddress}aanbod/, per domein op de adressen in de tabel) en in de brochure met het hele aanbod (${siteAddress}aanbod.pdf).`,
  interventionCount: 'Interventies',
  priceRange: 'Prijs per eenheid',
  onTheWebsite: 'Op de website',
  fromTo: (lowest: string, highest: string) => (lowest === highest ? lowest : `${lowest} tot ${highest}`),
  accessibleAt: (municipality: string, path: string) =>
    `Deze PDF is getagd voor schermlezers. Dezelfde inhoud staat ook op de website van ${municipality}, op de pagina ${path}`,
  inShort: 'In het kort',
  asOf: (date: string) => `Stand op ${date}. Kijk op de website voor de laatste stand.`,
  chosenCount: (count: number) => (count === 0 ? 'nog niets gekozen' : count === 1 ? '1 interventie' : `${count} interventies`),
  chosenLabel: 'Gekozen',
  otherChoices: (count: number, section: string) => (count === 1 ? `De andere keuze staat onder ${section}.` : `De andere ${count} keuzes staan onder ${section}.`),
  deadline: 'Keuzes doorgeven uiterlijk',
  contactLabel: 'Vragen en keuzes doorgeven',
  nextSteps: 'Hoe verder',
  colophon: 'Colofon',
  chosenBadge: 'GEKOZEN',
  continued: (title: string) => `${title} (vervolg)`,
  placesLeft: (left: number) => (left === 0 ? 'vol' : left === 1 ? 'nog 1 plek' : `nog ${left} plekken`),
  places: 'Plekken',
  overCapacityChosen: (capacity: number) =>
    `Let op: andere scholen kozen dit al; alle ${capacity} plekken zijn bezet. Het projectteam neemt contact met u op over deze keuze.`,
  overCapacityShort: 'vol: het projectteam neemt contact op',
  defaultSteps: (deadline: string | undefined) => [
    `Kies op de website wat bij uw leerlingen past, binnen het budget van uw school.`,
    `Geef uw keuzes door aan het projectteam${deadline ? `, uiterlijk ${deadline}` : ''}: via de knop op de website of per e-mail.`,
    `Na de bevestiging maakt uw school zelf afspraken met de aanbieder over de planning.`,
    `De gemeente betaalt de aanbieder; het bedrag gaat af van het budget van uw school. Het vaste aanbod betaalt de gemeente rechtstreeks.`,
  ],
  fixedBrief: (siteAddress: string) =>
    `Het vaste aanbod is te groot om hier helemaal af te drukken. Hier staan de titel, de duur en de aanbieder; de beschrijving staat op de website (${siteAddress}aanbod/) en in de brochure met het hele aanbod (${siteAddress}aanbod.pdf).`,
} as const;

export type BrochureStrings = Translation<typeof nl>;

const en: BrochureStrings = {
  download: 'Brochure of this school (PDF)',
  catalogueDownload: 'The whole offer as a brochure (PDF)',
  contents: 'Contents',
  intro: 'Introduction',
  details: 'The offer in detail',
  wholeCatalogue: 'The whole offer',
  forSchool: 'Offer for',
  page: (page, pages) => `page ${page} of ${pages}`,
  accessible: (address) => `This PDF is tagged for screen readers. The same content is also on the web page ${address}`,
  logoAlt: (municipality) => `Logo of ${municipality}`,
  chosen: (quantity, charge) => `Chosen: ${quantity}, ${charge}`,
  briefMenu: (siteAddress) =>
    `The optional offer is too large to print here in full. The fixed offer and the school's choices are described in full further on, with their providers' contact details. Of the other offer the title, cost, duration and provider are shown here; the summary and description are on the website (${siteAddress}aanbod/, search for the title) and in the brochure of the whole offer (${siteAddress}aanbod.pdf).`,
  summaryMenu: (siteAddress) =>
    `The optional offer is too large to print in this brochure. The fixed offer and the school's choices are described in full further on, with their providers' contact details. Below, each domain shows how many interventions it holds and what they cost; the whole optional offer is on the website (${siteAddress}aanbod/, by domain at the addresses in the table) and in the brochure of the whole offer (${siteAddress}aanbod.pdf).`,
  interventionCount: 'Interventions',
  priceRange: 'Price per unit',
  onTheWebsite: 'On the website',
  fromTo: (lowest, highest) => (lowest === highest ? lowest : `${lowest} to ${highest}`),
  accessibleAt: (municipality, path) =>
    `This PDF is tagged for screen readers. The same content is also on the website of ${municipality}, on the page ${path}`,
  inShort: 'In short',
  asOf: (date) => `As of ${date}. See the website for the latest state.`,
  chosenCount: (count) => (count === 0 ? 'nothing chosen yet' : count === 1 ? '1 intervention' : `${count} interventions`),
  chosenLabel: 'Chosen',
  otherChoices: (count, section) => (count === 1 ? `The other choice is listed under ${section}.` : `The other ${count} choices are listed under ${section}.`),
  deadline: 'Hand in choices by',
  contactLabel: 'Questions and handing in choices',
  nextSteps: 'Next steps',
  colophon: 'Colophon',
  chosenBadge: 'CHOSEN',
  continued: (title) => `${title} (continued)`,
  placesLeft: (left) => (left === 0 ? 'full' : left === 1 ? '1 place left' : `${left} places left`),
  places: 'Places',
  overCapacityChosen: (capacity) =>
    `Note: other schools chose this already; all ${capacity} places are taken. The project team will contact you about this choice.`,
  overCapacityShort: 'full: the project team will contact you',
  defaultSteps: (deadline) => [
    `Choose on the website what suits your pupils, within your school's budget.`,
    `Hand in your choices to the project team${deadline ? ` by ${deadline}` : ''}: with the button on the website or by e-mail.`,
    `Once confirmed, your school arranges the planning with the provider.`,
    `The municipality pays the provider; the amount comes off your school's budget. The municipality pays the fixed offer directly.`,
  ],
  fixedBrief: (siteAddress) =>
    `The fixed offer is too large to print here in full. The title, duration and provider are shown here; the description is on the website (${siteAddress}aanbod/) and in the brochure of the whole offer (${siteAddress}aanbod.pdf).`,
};

export function brochureStrings(language: Language): BrochureStrings {
  return language === 'en' ? en : nl;
}
