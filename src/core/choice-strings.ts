/**
 * The words of choosing online (the "Kies dit aanbod" button and the page "Mijn keuzes"), in the
 * site's language, beside ui-strings.ts. Texts the browser fills in carry `{placeholders}`, so
 * they can travel to the page as plain JSON.
 */
import { localeOf, schoolTypeLabels, type Language, type Translation } from './labels.ts';
import type { SchoolType } from './schema/common.ts';

const nl = {
  nav: 'Mijn keuzes',
  choose: 'Kies dit aanbod',
  unchoose: 'Verwijder uit mijn keuzes',
  chosen: 'Dit aanbod staat in uw keuzes.',
  viewChoices: 'Bekijk mijn keuzes',
  notFor: 'Niet voor {type}',
  notForReason: 'Dit aanbod is bedoeld voor {types}; {school} is {type}.',
  fixed: 'Vast aanbod: elke school krijgt dit al, u hoeft het niet te kiezen.',
  title: 'Mijn keuzes',
  intro: 'Stel hier het keuzeaanbod van uw school samen. Kies eerst uw school; dan ziet u per keuze de kosten en wat er over is van het budget. Uw keuzes blijven bewaard in deze browser.',
  noScript: 'Kiezen op deze pagina werkt met JavaScript, en dat staat in uw browser uit.',
  noScriptHow: (email: string) => `Zonder JavaScript stuurt u uw keuzes per e-mail naar ${email}: de naam van uw school, en per gekozen aanbod de titel en het aantal.`,
  noScriptHowNoMail: 'Zonder JavaScript geeft u uw keuzes door aan het projectteam: de naam van uw school, en per gekozen aanbod de titel en het aantal.',
  // No other label on this page may contain "School": the school list must be the one and only
  // field a person (or a test) finds by that name.
  schoolHeading: 'Uw gegevens',
  school: 'School',
  pickSchool: 'Kies uw school',
  newSchool: 'Mijn school staat er niet bij (zelf invullen)',
  newName: 'Naam',
  newType: 'Soort onderwijs',
  pickType: 'Kies de soort onderwijs',
  newPupils: 'Aantal leerlingen',
  schoolFacts: (type: string, pupils: string) => `${type}, ${pupils} leerlingen`,
  choicesHeading: 'Gekozen aanbod',
  empty: 'U heeft nog niets gekozen. Kies in het aanbod met de knop "Kies dit aanbod".',
  toCatalogue: 'Naar het aanbod',
  quantity: 'Aantal',
  charge: 'Bedrag',
  remove: 'Verwijder',
  quantityRange: (most: string) => `Vul een heel getal in van 1 tot en met ${most}.`,
  notCharged: 'telt niet mee',
  notForSchool: (type: string, types: string) => `Niet voor ${type}: dit aanbod is bedoeld voor ${types}. Het telt niet mee en gaat niet mee in de brochure en het bestand.`,
  budgetHeading: 'Budget',
  pickSchoolForBudget: 'Kies uw school om het budget te zien.',
  takeAwayHeading: 'Keuzes doorgeven',
  takeAwayIntro: 'Download de brochure voor uw school, en stuur het bestand met uw keuzes naar het projectteam (of mail ze).',
  downloadPdf: 'Download brochure (PDF)',
  downloadFile: 'Download keuzes',
  mail: 'Mail naar projectteam',
  startOver: 'Opnieuw beginnen',
  cleared: 'Uw keuzes en school zijn gewist. U kunt opnieuw beginnen.',
  pickSchoolFirst: 'Kies eerst uw school (of vul uw school in).',
  making: 'De brochure wordt gemaakt…',
  made: 'De brochure is klaar en gedownload.',
  failed: 'De brochure kon niet worden gemaakt. Probeer het opnieuw, of download de keuzes en mail ze.',
  fileMade: (file: string) => `Het bestand ${file} is gedownload.`,
  status: (total: string, rest: string) => `Totaal ${total}. ${rest}`,
  mailSubject: (site: string) => `Keuzes ${site}`,
  mailNoSchool: 'nog niet gekozen',
  mailChoices: 'Keuzes:',
} as const;

export type ChoiceStrings = Translation<typeof nl>;

const en: ChoiceStrings = {
  nav: 'My choices',
  choose: 'Choose this offer',
  unchoose: 'Remove from my choices',
  chosen: 'This offer is in your choices.',
  viewChoices: 'View my choices',
  notFor: 'Not for {type}',
  notForReason: 'This offer is meant for {types}; {school} is {type}.',
  fixed: 'Fixed offer: every school gets this already, there is nothing to choose.',
  title: 'My choices',
  intro: "Compose your school's optional offer here. First pick your school; then you see the cost of each choice and what is left of the budget. Your choices are kept in this browser.",
  noScript: 'Choosing on this page needs JavaScript, which is switched off in your browser.',
  noScriptHow: (email) => `Without JavaScript, e-mail your choices to ${email}: your school's name, and for each chosen offer its title and quantity.`,
  noScriptHowNoMail: "Without JavaScript, tell the project team your choices: your school's name, and for each chosen offer its title and quantity.",
  schoolHeading: 'Your details',
  school: 'School',
  pickSchool: 'Pick your school',
  newSchool: 'My school is not listed (fill it in)',
  newName: 'Name',
  newType: 'Kind of education',
  pickType: 'Pick the kind of education',
  newPupils: 'Number of pupils',
  schoolFacts: (type, pupils) => `${type}, ${pupils} pupils`,
  choicesHeading: 'Chosen offer',
  empty: 'You have not chosen anything yet. Choose in the offer with the button "Choose this offer".',
  toCatalogue: 'To the offer',
  quantity: 'Quantity',
  charge: 'Amount',
  remove: 'Remove',
  quantityRange: (most) => `Enter a whole number from 1 to ${most}.`,
  notCharged: 'not counted',
  notForSchool: (type, types) => `Not for ${type}: this offer is meant for ${types}. It is not counted, and left out of the brochure and the file.`,
  budgetHeading: 'Budget',
  pickSchoolForBudget: 'Pick your school to see its budget.',
  takeAwayHeading: 'Send your choices',
  takeAwayIntro: 'Download the brochure for your school, and send the file with your choices to the project team (or mail them).',
  downloadPdf: 'Download brochure (PDF)',
  downloadFile: 'Download choices',
  mail: 'Mail the project team',
  startOver: 'Start over',
  cleared: 'Your choices and school were cleared. You can start over.',
  pickSchoolFirst: 'First pick your school (or fill it in).',
  making: 'Making the brochure…',
  made: 'The brochure is ready and downloaded.',
  failed: 'The brochure could not be made. Try again, or download the choices and mail them.',
  fileMade: (file) => `The file ${file} was downloaded.`,
  status: (total, rest) => `Total ${total}. ${rest}`,
  mailSubject: (site) => `Choices ${site}`,
  mailNoSchool: 'not chosen yet',
  mailChoices: 'Choices:',
};

export function choiceStrings(language: Language): ChoiceStrings {
  return language === 'en' ? en : nl;
}

/** "Primair onderwijs, 312 leerlingen": the school as the page and the mail describe it. */
export const schoolFactsOf = (school: { type: SchoolType; pupils: number }, language: Language): string =>
  choiceStrings(language).schoolFacts(schoolTypeLabels[language][school.type], school.pupils.toLocaleString(localeOf(language)));
