/**
 * A school's brochure as flow: the cover, "In het kort", "Past bij uw behoeften" (the optional
 * offer answering the needs from its scan), the fixed offer, the menu with prices, places left and
 * the school's choices marked, the budget and its charges per menukaart category, the providers, the interventions in
 * full (all of them, or for a large offer only what the school gets or chose: see
 * full-descriptions.ts; a menu too large for rows is summarised per domain: see menu-form.ts),
 * and "Hoe verder" to close.
 */
import type { Catalogue } from '../../core/catalogue/catalogue-model.ts';
import { domainPath, schoolPath } from '../../core/catalogue/page-paths.ts';
import { offerLabels, schoolTypeLabels } from '../../core/strings/labels.ts';
import type { SchoolOffer } from '../../core/catalogue/school-offer.ts';
import { placesFor } from '../../core/choosing/places-left.ts';
import type { Domain } from '../../core/schema/domain.ts';
import type { FlowItem } from '../flow.ts';
import { budgetSection } from './budget-flow.ts';
import { budgetView } from '../../core/budget/budget-view.ts';
import type { FlowContext } from './flow-context.ts';
import { coverFlow, introAndContentsFlow, type LogoSize } from './front-matter.ts';
import { describedInFull, type DescribedInFull } from './full-descriptions.ts';
import { inShortSection } from './in-short-flow.ts';
import { interventionFlow } from './intervention-flow.ts';
import { briefTable, listedItems, type ListedItem } from './menu-flow.ts';
import { categoryView } from '../../core/budget/category-view.ts';
import { needsView } from '../../core/fit/needs-view.ts';
import { categorySection, needsSection } from './needs-flow.ts';
import { menuForm, menuSummary, type DomainSummary, type MenuForm } from './menu-form.ts';
import { nextStepsSection } from './next-steps-flow.ts';
import { providersSection } from './providers-flow.ts';
import { emptySection, listedHeading, sectionBreak, type Section } from './section.ts';
import { domainAccent } from './domain-accent.ts';
import { styles } from './styles.ts';

type Groups = { domain: Domain; items: ListedItem[] }[];

/**
 * A menu too large for rows (see menu-form.ts): per domain its size, its price range and the
 * address of its pages on the website.
 */
function summaryTable(summaries: DomainSummary[], context: FlowContext): FlowItem {
  const { t, b, money } = context;
  const rows = summaries.map(({ domain, count, lowest, highest }) =>
    [domain.label, String(count), b.fromTo(money(lowest), money(highest)), `${context.content.siteAddress}${domainPath(domain.id)}`].map((cell) => context.clean(cell)),
  );
  return { kind: 'table', align: [], header: [t.domain, b.interventionCount, b.priceRange, b.onTheWebsite], rows, style: styles.briefTable, stretch: 0 };
}

function summarySection(summaries: DomainSummary[], context: FlowContext): Section {
  const section = emptySection();
  const title = offerLabels[context.language].optional;
  section.items.push(sectionBreak(), listedHeading(context, section, { title, target: 'optional', level: 0 }));
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
  section.items.push(sectionBreak(), listedHeading(context, section, { title, target: kind, level: 0 }));
  section.items.push(context.text(kind === 'fixed' ? t.fixedOfferIntro : t.optionalOfferIntro, styles.lead));
  if (brief) section.items.push(context.text(kind === 'fixed' ? b.fixedBrief(context.content.siteAddress) : b.briefMenu(context.content.siteAddress), styles.body));
  if (groups.length === 0) section.items.push(context.text(t.nothingForType, styles.body));
  for (const { domain, items } of groups) {
    section.items.push(listedHeading(context, section, { title: domain.label, target: `${kind}:${domain.id}`, level: 1, accent: domainAccent(domain) }));
    section.items.push(...(brief ? [briefTable(items, domain.label, context)] : listedItems(items, context)));
  }
  return section;
}

function detailsSection(described: ListedItem[], context: FlowContext): Section {
  const section = emptySection();
  section.items.push(sectionBreak(), listedHeading(context, section, { title: context.b.details, target: 'details', level: 0 }));
  described.forEach((item, index) => {
    if (index > 0) section.items.push({ kind: 'space', heightMm: 6 });
    section.items.push(...interventionFlow(item.intervention, context, styles.h2, 1, item));
  });
  return section;
}

function listedOffer(offer: SchoolOffer, catalogue: Catalogue, context: FlowContext): { fixed: Groups; optional: Groups; budget: ReturnType<typeof budgetView> } {
  const { b, language } = context;
  const budget = budgetView(offer.budget, language);
  const chosenLines = new Map(budget.lines.map((line) => [line.interventionId, line]));
  const places = (intervention: ListedItem['intervention']) => placesFor(catalogue, intervention, offer.school.id);
  const fixed = offer.fixed.map(({ domain, items }) => ({ domain, items: items.map((intervention): ListedItem => ({ intervention })) }));
  const optional = offer.optional.map(({ domain, items }) => ({
    domain,
    items: items.map(({ intervention }): ListedItem => {
      const line = chosenLines.get(intervention.id);
      const left = places(intervention);
      return { intervention, ...(line ? { mark: b.chosen(line.quantityText, line.charge) } : {}), ...(left ? { places: left } : {}) };
    }),
  }));
  return { fixed, optional, budget };
}

export function schoolFlow(offer: SchoolOffer, catalogue: Catalogue, context: FlowContext, logo: LogoSize | undefined): FlowItem[] {
  const { school } = offer;
  const { b, language } = context;
  const { fixed, optional, budget } = listedOffer(offer, catalogue, context);
  const inFull = describedInFull(offer, catalogue.site.brochure);
  const form: MenuForm = menuForm(offer, catalogue.site.brochure);
  const described = [...fixed, ...optional].flatMap((group) => group.items).filter((item) => inFull(item.intervention.id));
  const needs = needsView(school, catalogue, context.content.buildDate, language);
  const perCategory = categoryView(offer.budget, language);
  const sections = [
    ...(needs ? [needsSection(needs, context)] : []),
    offerSection('fixed', fixed, inFull, context),
    form === 'summary' ? summarySection(menuSummary(offer), context) : offerSection('optional', optional, inFull, context),
    budgetSection(budget, context),
    ...(perCategory ? [categorySection(perCategory, context)] : []),
    // Contact details of the providers the school deals with: those of the interventions in full.
    providersSection(described.map((item) => item.intervention), context),
    detailsSection(described, context),
    nextStepsSection(context),
  ];
  const full = new Set(optional.flatMap((group) => group.items).filter((item) => item.places?.overCapacity).map((item) => item.intervention.id));
  const inShort = inShortSection(budget, full, context);
  const cover = { kicker: b.forSchool, title: school.name, subtitle: [schoolTypeLabels[language][school.type], catalogue.site.title], pagePath: schoolPath(school.id) };
  return [
    ...coverFlow(cover, context, logo),
    ...inShort.items,
    { kind: 'pageBreak' },
    ...introAndContentsFlow([...inShort.toc, ...sections.flatMap((s) => s.toc)], context),
    ...sections.flatMap((s) => s.items),
  ];
}
