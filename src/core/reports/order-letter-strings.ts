/** The order letters' words, in the site's language. */
import type { Language, Translation } from '../strings/labels.ts';

const nl = {
  subject: (title: string) => `Bestelling ${title}`,
  to: 'Aan',
  from: 'Van',
  date: 'Datum',
  attention: (person: string) => `t.a.v. ${person}`,
  opening: (title: string, municipality: string) =>
    `De scholen hieronder kozen uit uw aanbod in ${title} van ${municipality}. Per aanbod staat wie wat koos, met de aantallen en de bedragen, en daarna hoe u de scholen bereikt. Wilt u met elke school de inzet plannen? Vragen over deze bestelling beantwoordt het projectteam.`,
  school: 'School',
  quantity: 'Aantal',
  unitPrice: 'Prijs per eenheid',
  amount: 'Bedrag',
  note: 'Opmerking',
  total: 'Totaal',
  capacity: (capacity: number) => `Capaciteit: ${capacity} ${capacity === 1 ? 'school' : 'scholen'}`,
  overCapacity: (chosenBy: number, capacity: number) =>
    `Let op: ${chosenBy} scholen kozen dit aanbod en er is plek voor ${capacity}. Het projectteam neemt hierover contact met u op; plan nog niets voor de scholen boven de capaciteit.`,
  letterTotal: 'Totaal van deze bestelling',
  schoolContacts: 'Contactpersonen van de scholen',
  noSchoolContact: 'Geen contactpersoon bekend: loopt via het projectteam.',
  teamContact: 'Vragen over deze bestelling',
  noTeamContact: (municipality: string) => `Het projectteam van ${municipality}.`,
} as const;

export type OrderLetterStrings = Translation<typeof nl>;

const en: OrderLetterStrings = {
  subject: (title) => `Order ${title}`,
  to: 'To',
  from: 'From',
  date: 'Date',
  attention: (person) => `attn. ${person}`,
  opening: (title, municipality) =>
    `The schools below chose from your offer in ${title} of ${municipality}. For each offer you find who chose what, with quantities and amounts, and then how to reach the schools. Please plan the work with each school. The project team answers questions about this order.`,
  school: 'School',
  quantity: 'Quantity',
  unitPrice: 'Unit price',
  amount: 'Amount',
  note: 'Note',
  total: 'Total',
  capacity: (capacity) => `Capacity: ${capacity} ${capacity === 1 ? 'school' : 'schools'}`,
  overCapacity: (chosenBy, capacity) =>
    `Please note: ${chosenBy} schools chose this offer and there is room for ${capacity}. The project team will contact you about it; plan nothing yet for the schools beyond the capacity.`,
  letterTotal: 'Total of this order',
  schoolContacts: "The schools' contacts",
  noSchoolContact: 'No contact known: through the project team.',
  teamContact: 'Questions about this order',
  noTeamContact: (municipality) => `The project team of ${municipality}.`,
};

export const orderLetterStrings = (language: Language): OrderLetterStrings => (language === 'nl' ? nl : en);
