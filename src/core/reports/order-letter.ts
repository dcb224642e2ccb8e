/**
 * What the project team orders from each provider: per provider, its offers that schools chose,
 * with every school's choice (quantity, charge, note), the totals, whether more schools chose an
 * offer than it has room for, and how to reach each of those schools and the team. The order
 * letters (reports/aanbieders/<id>.pdf) draw this. A provider nobody chose from gets no letter:
 * there is nothing to order from it.
 *
 * Built from the same choice rows as keuzes.csv and the same provider rows as aanbieders.csv, so
 * a letter's figures are those of the reports. It holds the schools' contacts: team-only.
 */
import { indexOf, mustGet, type Catalogue, type Provider } from '../catalogue/catalogue-model.ts';
import type { Cents } from '../money/money.ts';
import type { SchoolType } from '../schema/common.ts';
import type { Site } from '../schema/site.ts';
import { choiceRows, type ChoiceRow } from './choice-table.ts';
import { providerRows, type ProviderRow } from './provider-rows.ts';

export type Contact = NonNullable<Site['contact']>;

/** One chosen offer: its totals from aanbieders.csv's row, and each school's choice of it. */
export interface OrderedOffer {
  offer: ProviderRow;
  choices: ChoiceRow[];
}

interface OrderingSchool {
  schoolId: string;
  name: string;
  type: SchoolType;
  contact?: Contact;
}

export interface OrderLetter {
  provider: Pick<Provider, 'id' | 'name' | 'contactPerson' | 'email' | 'phone'>;
  /** The offers chosen from this provider, in the order of aanbieders.csv. */
  offers: OrderedOffer[];
  /** The schools in this letter, in catalogue order, with their contacts when the team has them. */
  schools: OrderingSchool[];
  totalCharge: Cents;
  /** The project team (site.yaml `contact`): who the provider answers. */
  team?: Contact;
}

const hasContact = (contact: Contact | undefined): contact is Contact => Boolean(contact && (contact.name || contact.email || contact.phone));

/** One letter per provider with at least one choice, providers in catalogue order. */
export function orderLetters(catalogue: Catalogue, choices: ChoiceRow[] = choiceRows(catalogue)): OrderLetter[] {
  const { providers, schools } = indexOf(catalogue);
  const chosen = providerRows(catalogue, choices).filter((row) => row.schools.length > 0);
  const providerIds = [...new Set(chosen.map((row) => row.providerId))];
  const schoolOrder = new Map(catalogue.schools.map((school, index) => [school.id, index]));
  return providerIds.map((providerId): OrderLetter => {
    const { id, name, contactPerson, email, phone } = mustGet(providers, providerId, 'provider');
    const offers = chosen
      .filter((row) => row.providerId === providerId)
      .map((offer) => ({ offer, choices: choices.filter((choice) => choice.interventionId === offer.interventionId) }));
    const schoolIds = [...new Set(offers.flatMap((ordered) => ordered.choices.map((choice) => choice.schoolId)))];
    schoolIds.sort((a, b) => (schoolOrder.get(a) ?? 0) - (schoolOrder.get(b) ?? 0));
    const ordering = schoolIds.map((schoolId): OrderingSchool => {
      const school = mustGet(schools, schoolId, 'school');
      return { schoolId, name: school.name, type: school.type, ...(hasContact(school.contact) ? { contact: school.contact } : {}) };
    });
    return {
      provider: { id, name, contactPerson, email, phone },
      offers,
      schools: ordering,
      totalCharge: offers.reduce((sum, ordered) => sum + ordered.offer.totalCharge, 0),
      ...(hasContact(catalogue.site.contact) ? { team: catalogue.site.contact } : {}),
    };
  });
}
