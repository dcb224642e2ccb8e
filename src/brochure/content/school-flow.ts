/** A school's brochure as flow: its fixed offer, its menu with its choices marked, budget, providers, details. */
import type { Catalogue, Intervention } from '../../core/catalogue.ts';
import { countOf, offerLabels, schoolTypeLabels } from '../../core/labels.ts';
import type { SchoolOffer } from '../../core/offer.ts';
import type { Domain } from '../../core/schema/site.ts';
import type { FlowItem } from '../flow.ts';
import { hexToRgb } from '../units.ts';
import { budgetSection } from './budget-flow.ts';
import type { FlowContext } from './flow-context.ts';
import { coverFlow, introAndContentsFlow, type LogoSize } from './front-matter.ts';
import { interventionFlow } from './intervention-flow.ts';
import { providersSection } from './providers-flow.ts';
import { emptySection, listedHeading, type Section } from './section.ts';
import { BRAND, styles } from './styles.ts';

export const domainAccent = (domain: Domain) => (domain.color ? hexToRgb(domain.color) : BRAND);

interface ListedItem {
  intervention: Intervention;
  /** "Gekozen: 2 groepen, € 1.000,00" for the school's choices. */
  mark?: string;
}

function offerSection(kind: 'fixed' | 'optional', groups: { domain: Domain; items: ListedItem[] }[], context: FlowContext): Section {
  const { t, language } = context;
  const section = emptySection();
  const title = offerLabels[language][kind];
  section.items.push({ kind: 'pageBreak' }, listedHeading(context, section, { title, target: kind, level: 0 }));
  section.items.push(context.text(kind === 'fixed' ? t.fixedOfferIntro : t.optionalOfferIntro, styles.lead));
  if (groups.length === 0) section.items.push(context.text(t.nothingForType, styles.body));
  for (const { domain, items } of groups) {
    section.items.push(listedHeading(context, section, { title: domain.label, target: `${kind}:${domain.id}`, level: 1, accent: domainAccent(domain) }));
    for (const { intervention, mark } of items) {
      context.where = intervention.file;
      section.items.push(context.heading(intervention.title, styles.h4));
      if (mark) section.items.push(context.text(mark, { ...styles.strong, color: BRAND }, { keepWithNext: true }));
      section.items.push(context.text(intervention.summary, styles.body));
    }
  }
  return section;
}

function detailsSection(offer: SchoolOffer, context: FlowContext): Section {
  const section = emptySection();
  section.items.push({ kind: 'pageBreak' }, listedHeading(context, section, { title: context.b.details, target: 'details', level: 0 }));
  const all = [...offer.fixed.flatMap((group) => group.items), ...offer.optional.flatMap((group) => group.items.map((item) => item.intervention))];
  all.forEach((intervention, index) => {
    if (index > 0) section.items.push({ kind: 'space', heightMm: 6 });
    section.items.push(...interventionFlow(intervention, context, styles.h2, 1));
  });
  return section;
}

export function schoolFlow(offer: SchoolOffer, catalogue: Catalogue, context: FlowContext, logo: LogoSize | undefined): FlowItem[] {
  const { school } = offer;
  const { b, money, language } = context;
  const fixed = offer.fixed.map(({ domain, items }) => ({ domain, items: items.map((intervention): ListedItem => ({ intervention })) }));
  const optional = offer.optional.map(({ domain, items }) => ({
    domain,
    items: items.map(({ intervention, chosen }): ListedItem => ({
      intervention,
      mark: chosen && b.chosen(countOf(chosen.quantity, intervention.cost?.per ?? 'school', language), money(chosen.charge)),
    })),
  }));
  const sections = [
    offerSection('fixed', fixed, context),
    offerSection('optional', optional, context),
    budgetSection(offer.budget, context),
    providersSection([...fixed, ...optional].flatMap((group) => group.items.map((item) => item.intervention)), context),
    detailsSection(offer, context),
  ];
  const cover = { kicker: b.forSchool, title: school.name, subtitle: `${schoolTypeLabels[language][school.type]} · ${catalogue.site.title}`, pagePath: `scholen/${school.id}/` };
  return [...coverFlow(cover, context, logo), ...introAndContentsFlow(sections.flatMap((s) => s.toc), context), ...sections.flatMap((s) => s.items)];
}
