/**
 * An order letter as flow: what the project team mails a provider. Who it is to and from, then per
 * chosen offer a table of the schools' choices with their total, then how to reach each school
 * and the team. Core's order letter view gives every figure (core/reports/order-letter.ts); this
 * only sets it out.
 */
import { countOf, formatDate } from '../../core/strings/labels.ts';
import { orderLetterStrings } from '../../core/reports/order-letter-strings.ts';
import type { Contact, OrderedOffer, OrderLetter } from '../../core/reports/order-letter.ts';
import type { FlowItem } from '../flow.ts';
import type { FlowContext } from './flow-context.ts';
import type { LogoSize } from './front-matter.ts';
import { styles } from './styles.ts';
import { factList, factRows, type Fact } from './fact-list.ts';

/** Label and value rows without a header; rows without a value are left out. */
function factsTable(facts: Fact[], context: FlowContext): FlowItem[] {
  const rows = factRows(facts, context);
  return rows.length === 0 ? [] : [factList(rows)];
}

const contactLine = (contact: Contact | undefined): string | undefined =>
  contact && [contact.name, contact.email, contact.phone].filter(Boolean).join(' · ');

function offerFlow({ offer, choices }: OrderedOffer, context: FlowContext): FlowItem[] {
  const { language, money } = context;
  const s = orderLetterStrings(language);
  const rows = choices.map((choice) => [choice.school, countOf(choice.quantity, choice.unit, language), money(choice.unitPrice), money(choice.charge), choice.note ?? '']);
  const title = context.ofIntervention(offer.interventionId, 'title');
  const total = [s.total, countOf(offer.totalQuantity, offer.unit, language), '', money(offer.totalCharge), ''];
  const items: FlowItem[] = [
    title.heading(offer.intervention, styles.h2, { id: `offer:${offer.interventionId}`, outline: { title: title.clean(offer.intervention), level: 0 } }),
    {
      kind: 'table',
      align: ['left', 'right', 'right', 'right', 'left'],
      header: [s.school, s.quantity, s.unitPrice, s.amount, s.note],
      rows: [...rows, total].map((row) => row.map((cell) => context.clean(cell))),
      strongRows: [rows.length],
      stretch: 4,
      style: styles.table,
    },
  ];
  if (offer.capacity !== undefined) items.push(context.text(s.capacity(offer.capacity), styles.small));
  if (offer.overCapacity && offer.capacity !== undefined) items.push(context.text(s.overCapacity(offer.schools.length, offer.capacity), styles.alert));
  return items;
}

export function orderLetterFlow(letter: OrderLetter, context: FlowContext, logo: LogoSize | undefined): FlowItem[] {
  const { catalogue, asOf } = context.content;
  const { site } = catalogue;
  const { t, language } = context;
  const s = orderLetterStrings(language);
  const { provider, team } = letter;
  const to = [provider.name, provider.contactPerson && s.attention(provider.contactPerson), provider.email, provider.phone].filter(Boolean).join(' · ');
  const schools = letter.schools.flatMap((school): FlowItem[] => [
    context.heading(school.name, styles.h3),
    ...(school.contact
      ? factsTable([[t.contactPerson, school.contact.name], [t.email, school.contact.email], [t.phone, school.contact.phone]], context)
      : [context.text(s.noSchoolContact, styles.body)]),
  ]);
  return [
    logo ? { kind: 'image', image: 'logo', ...logo } : context.text(site.municipality, styles.coverMark),
    { kind: 'space', heightMm: 10 },
    context.text(s.subject(site.title), styles.coverLine),
    context.heading(provider.name, styles.h1, { id: 'letter', outline: { title: context.clean(provider.name), level: 0 } }),
    ...factsTable([[s.to, to], [s.from, contactLine(team) ?? s.noTeamContact(site.municipality)], [s.date, formatDate(asOf, language)]], context),
    context.text(s.opening(site.title, site.municipality), styles.lead),
    ...letter.offers.flatMap((ordered) => offerFlow(ordered, context)),
    { kind: 'space', heightMm: 4 },
    ...factsTable([[s.letterTotal, context.money(letter.totalCharge)]], context),
    context.heading(s.schoolContacts, styles.h2, { id: 'schools', outline: { title: s.schoolContacts, level: 0 } }),
    ...schools,
    { kind: 'space', heightMm: 4 },
    context.heading(s.teamContact, styles.h3),
    ...factsTable([[t.contactPerson, team?.name ?? s.noTeamContact(site.municipality)], [t.email, team?.email], [t.phone, team?.phone]], context),
  ];
}
