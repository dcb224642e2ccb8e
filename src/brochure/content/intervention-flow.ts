/** One intervention in full: title, the facts (offer, cost, duration, provider), summary and body. */
import { indexOf, mustGet, type Intervention } from '../../core/catalogue.ts';
import { costText } from '../../core/cost-text.ts';
import { offerLabels, schoolTypeLabels } from '../../core/labels.ts';
import type { FlowItem, TextStyle } from '../flow.ts';
import { blocksFlow } from './blocks-flow.ts';
import type { FlowContext } from './flow-context.ts';
import { styles } from './styles.ts';

export const interventionAnchor = (id: string): string => `intervention:${id}`;

/** Cost, duration and provider: a menu item in a brief listing, without its description. */
export function briefFacts(intervention: Intervention, context: FlowContext): [cost: string, duration: string, provider: string] {
  const provider = mustGet(indexOf(context.content.catalogue).providers, intervention.provider, 'provider').name;
  return [costText(intervention, context.language), intervention.duration ?? '', provider];
}

function factsTable(intervention: Intervention, context: FlowContext): FlowItem {
  const { t, language, content } = context;
  const { providers, domains } = indexOf(content.catalogue);
  const cost = costText(intervention, context.language);
  const facts: [string, string | undefined][] = [
    [t.domain, mustGet(domains, intervention.domain, 'domain').label],
    [t.offer, offerLabels[language][intervention.offer]],
    [t.schoolTypes, intervention.schoolTypes.map((type) => schoolTypeLabels[language][type]).join(', ')],
    [t.cost, cost],
    [t.duration, intervention.duration],
    [t.provider, mustGet(providers, intervention.provider, 'provider').name],
  ];
  const rows = facts.filter((fact): fact is [string, string] => Boolean(fact[1])).map(([label, value]) => [context.clean(label), context.clean(value)]);
  return { kind: 'table', align: [], header: [], rows, style: styles.table, stretch: 1, strongFirstColumn: true };
}

export function interventionFlow(intervention: Intervention, context: FlowContext, titleStyle: TextStyle, outlineLevel: number): FlowItem[] {
  context.where = intervention.file;
  const flow: FlowItem[] = [
    context.heading(intervention.title, titleStyle, { id: interventionAnchor(intervention.id), outline: { title: context.clean(intervention.title), level: outlineLevel } }),
    context.text(intervention.summary, styles.lead, { keepWithNext: true }),
    factsTable(intervention, context),
    ...blocksFlow(context.content.bodies[intervention.id] ?? [], context),
  ];
  return flow;
}
