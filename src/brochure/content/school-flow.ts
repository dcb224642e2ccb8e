/**
 * A school's brochure as flow: its fixed offer, its menu with its choices marked, budget, providers,
 * and the interventions in full (all of them, or for a large offer only the fixed offer and the
 * school's choices: see full-descriptions.ts; a menu too large for rows is summarised per domain:
 * see menu-form.ts).
 */
import type { Catalogue, Intervention } from '../../core/catalogue.ts';
import { offerLabels, schoolTypeLabels } from '../../core/labels.ts';
import type { SchoolOffer } from '../../core/offer.ts';
import type { Domain } from '../../core/schema/site.ts';
import type { FlowItem } from '../flow.ts';
import { pdfRgbOf } from '../units.ts';
import { budgetSection } from './budget-flow.ts';
import { budgetView } from '../../core/budget-view.ts';
import type { FlowContext } from './flow-context.ts';
import { coverFlow, introAndContentsFlow, type LogoSize } from './front-matter.ts';
import { describedInFull, type DescribedInFull } from './full-descriptions.ts';
import { briefFacts, interventionFlow } from './intervention-flow.ts';
import { menuForm, menuSummary, type DomainSummary, type MenuForm } from './menu-form.ts';
import { providersSection } from './providers-flow.ts';
import { emptySection, listedHeading, type Section } from './section.ts';
import { BRAND, styles } from './styles.ts';

export const domainAccent = (domain: Domain) => (domain.color ? pdfRgbOf(domain.color) : BRAND);

interface ListedItem {
  intervention: Intervention;
  /** "Gekozen: 2 groepen, € 1.000,00" for the school's choices. */
  mark?: string;
}

type Groups = { domain: Domain; items: ListedItem[] }[];

function listedItems(items: ListedItem[], context: FlowContext): FlowItem[] {
  return items.flatMap(({ intervention, mark }) => {
    context.where = intervention.file;
    const heading = context.heading(intervention.title, styles.h4);
    const marked: FlowItem[] = mark ? [context.text(mark, { ...styles.strong, color: BRAND }, { keepWithNext: true })] : [];
    return [heading, ...marked, context.text(intervention.summary, styles.body)];
  });
}

/**
 * A large menu as one table per domain: title (with the school's choice when chosen), cost and
 * unit, duration, provider. The descriptions are on the website and in the catalogue brochure.
 */
function briefTable(items: ListedItem[], context: FlowContext): FlowItem {
  const { t } = context;
  const rows = items.map(({ intervention, mark }) => {
    context.where = intervention.file;
    return [mark ? `${intervention.title} · ${mark}` : intervention.title, ...briefFacts(intervention, context)].map((cell) => context.clean(cell));
  });
  const strongRows = items.flatMap((item, index) => (item.mark ? [index] : []));
  return { kind: 'table', align: [], header: [t.intervention, t.cost, t.duration, t.provider], rows, strongRows, style: styles.briefTable, stretch: 0 };
}

/**
 * A menu too large for rows (see menu-form.ts): per domain its size, its price range and the
 * address of its pages on the website.
 */
function summaryTable(summaries: DomainSummary[], context: FlowContext): FlowItem {
  const { t, b, money } = context;
  const rows = summaries.map(({ domain, count, lowest, highest }) =>
    [domain.label, String(count), b.fromTo(money(lowest), money(highest)), `${context.content.siteAddress}domeinen/${domain.id}/`].map((cell) => context.clean(cell)),
  );
  return { kind: 'table', align: [], header: [t.domain, b.interventionCount, b.priceRange, b.onTheWebsite], rows, style: styles.briefTable, stretch: 0 };
}

function summarySection(summaries: DomainSummary[], context: FlowContext): Section {
  const section = emptySection();
  const title = offerLabels[context.language].optional;
  section.items.push({ kind: 'pageBreak' }, listedHeading(context, section, { title, target: 'optional', level: 0 }));
  // Not the usual "the school's choices are marked": no item is listed here to mark.
  section.items.push(context.text(context.b.summaryMenu(context.content.siteAddress), styles.body));
  section.items.push(summaryTable(summaries, context));
  return section;
}

function offerSection(kind: 'fixed' | 'optional', groups: Groups, inFull: DescribedInFull, context: FlowContext): Section {
  const { t, b, language } = context;
  const section = emptySection();
  const title = offerLabels[language][kind];
  const brief = groups.some((group) => group.items.some((item) => !inFull(item.intervention.id)));
  section.items.push({ kind: 'pageBreak' }, listedHeading(context, section, { title, target: kind, level: 0 }));
  section.items.push(context.text(kind === 'fixed' ? t.fixedOfferIntro : t.optionalOfferIntro, styles.lead));
  if (brief) section.items.push(context.text(b.briefMenu(context.content.siteAddress), styles.body));
  if (groups.length === 0) section.items.push(context.text(t.nothingForType, styles.body));
  for (const { domain, items } of groups) {
    section.items.push(listedHeading(context, section, { title: domain.label, target: `${kind}:${domain.id}`, level: 1, accent: domainAccent(domain) }));
    section.items.push(...(brief ? [briefTable(items, context)] : listedItems(items, context)));
  }
  return section;
}

function detailsSection(described: Intervention[], context: FlowContext): Section {
  const section = emptySection();
  section.items.push({ kind: 'pageBreak' }, listedHeading(context, section, { title: context.b.details, target: 'details', level: 0 }));
  described.forEach((intervention, index) => {
    if (index > 0) section.items.push({ kind: 'space', heightMm: 6 });
    section.items.push(...interventionFlow(intervention, context, styles.h2, 1));
  });
  return section;
}

export function schoolFlow(offer: SchoolOffer, catalogue: Catalogue, context: FlowContext, logo: LogoSize | undefined): FlowItem[] {
  const { school } = offer;
  const { b, language } = context;
  const budget = budgetView(offer.budget, language);
  const chosenLines = new Map(budget.lines.map((line) => [line.interventionId, line]));
  const fixed = offer.fixed.map(({ domain, items }) => ({ domain, items: items.map((intervention): ListedItem => ({ intervention })) }));
  const optional = offer.optional.map(({ domain, items }) => ({
    domain,
    items: items.map(({ intervention }): ListedItem => {
      const line = chosenLines.get(intervention.id);
      return { intervention, mark: line && b.chosen(line.quantityText, line.charge) };
    }),
  }));
  const inFull = describedInFull(offer, catalogue.site.brochure);
  const form: MenuForm = menuForm(offer, catalogue.site.brochure);
  const described = [...fixed, ...optional].flatMap((group) => group.items.map((item) => item.intervention)).filter((intervention) => inFull(intervention.id));
  const sections = [
    offerSection('fixed', fixed, inFull, context),
    form === 'summary' ? summarySection(menuSummary(offer), context) : offerSection('optional', optional, inFull, context),
    budgetSection(budget, context),
    // Contact details of the providers the school deals with: those of the interventions in full.
    providersSection(described, context),
    detailsSection(described, context),
  ];
  const cover = { kicker: b.forSchool, title: school.name, subtitle: `${schoolTypeLabels[language][school.type]} · ${catalogue.site.title}`, pagePath: `scholen/${school.id}/` };
  return [...coverFlow(cover, context, logo), ...introAndContentsFlow(sections.flatMap((s) => s.toc), context), ...sections.flatMap((s) => s.items)];
}
