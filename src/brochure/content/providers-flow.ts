/** Contact details of the providers whose interventions the brochure holds. */
import { indexOf, mustGet, type Intervention, type Provider } from '../../core/catalogue/catalogue-model.ts';
import { compareProviders } from '../../core/catalogue/catalogue-order.ts';
import type { FlowItem } from '../flow.ts';
import { factList, factRows, type Fact } from './fact-list.ts';
import type { FlowContext } from './flow-context.ts';
import { emptySection, listedHeading, sectionBreak, type Section } from './section.ts';
import { styles } from './styles.ts';

export function providersSection(interventions: Intervention[], context: FlowContext): Section {
  const { t, content } = context;
  const { providers } = indexOf(content.catalogue);
  const section = emptySection();
  const ids = [...new Set(interventions.map((intervention) => intervention.provider))];
  const listed = ids.map((id) => mustGet(providers, id, 'provider')).sort(compareProviders);
  section.items.push(sectionBreak(), listedHeading(context, section, { title: t.providers, target: 'providers', level: 0 }));
  for (const provider of listed) section.items.push(...providerFlow(provider, context.from(provider.file)));
  return section;
}

/** A provider's name, description and contact details; `context` names the provider's file. */
function providerFlow(provider: Provider, context: FlowContext): FlowItem[] {
  const { t } = context;
  const facts: Fact[] = [
    [t.contactPerson, provider.contactPerson],
    [t.email, provider.email],
    [t.phone, provider.phone],
    [t.website, provider.website],
  ];
  const labelsToFit = facts.map(([label]) => context.clean(label));
  const rows = factRows(facts, context);
  const items: FlowItem[] = [context.heading(provider.name, styles.h3)];
  if (provider.description) items.push(context.text(provider.description, styles.body, { keepWithNext: rows.length > 0 }));
  // Contact details stay together on a page, and a list too long for one repeats whose they are.
  const continued = context.b.continued(context.clean(provider.name));
  if (rows.length > 0) items.push(factList(rows, { continued, labelsToFit }));
  return items;
}
