/** The whole catalogue as flow: every intervention in full, by domain, fixed offer before optional; the contents list every intervention. */
import { catalogueByDomain } from '../../core/catalogue/catalogue-stats.ts';
import { CATALOGUE_PATH } from '../../core/catalogue/page-paths.ts';
import { offerLabels } from '../../core/strings/labels.ts';
import type { FlowItem } from '../flow.ts';
import type { FlowContext } from './flow-context.ts';
import { coverFlow, introAndContentsFlow, type LogoSize } from './front-matter.ts';
import { interventionAnchor, interventionFlow } from './intervention-flow.ts';
import { providersSection } from './providers-flow.ts';
import { domainAccent } from './domain-accent.ts';
import { emptySection, listedHeading, type Section } from './section.ts';
import { styles } from './styles.ts';

function domainSection(group: ReturnType<typeof catalogueByDomain>[number], context: FlowContext): Section {
  const { domain } = group;
  const section = emptySection();
  section.items.push({ kind: 'pageBreak' }, listedHeading(context, section, { title: domain.label, target: `domain:${domain.id}`, level: 0, accent: domainAccent(domain) }));
  if (domain.description) section.items.push(context.text(domain.description, styles.lead));
  for (const kind of ['fixed', 'optional'] as const) {
    const interventions = group[kind];
    if (interventions.length === 0) continue;
    section.items.push(listedHeading(context, section, { title: offerLabels[context.language][kind], target: `${kind}:${domain.id}`, level: 1 }));
    interventions.forEach((intervention, index) => {
      if (index > 0) section.items.push({ kind: 'space', heightMm: 5 });
      section.items.push(...interventionFlow(intervention, context, styles.h3, 2));
      section.toc.push({ title: context.from(intervention.file, 'title').clean(intervention.title), target: interventionAnchor(intervention.id), level: 2 });
    });
  }
  return section;
}

export function catalogueFlow(context: FlowContext, logo: LogoSize | undefined): FlowItem[] {
  const { catalogue } = context.content;
  const groups = catalogueByDomain(catalogue).filter((group) => group.fixed.length + group.optional.length > 0);
  const sections = [...groups.map((group) => domainSection(group, context)), providersSection(catalogue.interventions, context)];
  const cover = { kicker: catalogue.site.municipality, title: catalogue.site.title, subtitle: [context.b.wholeCatalogue], pagePath: CATALOGUE_PATH };
  return [...coverFlow(cover, context, logo), ...introAndContentsFlow(sections.flatMap((s) => s.toc), context), ...sections.flatMap((s) => s.items)];
}
