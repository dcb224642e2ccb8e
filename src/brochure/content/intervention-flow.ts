/** One intervention in full: title, the facts (offer, cost, duration, provider), summary and body. */
import { indexOf, mustGet, type Intervention } from '../../core/catalogue/catalogue-model.ts';
import { costText } from '../../core/money/cost-text.ts';
import { offerLabels, schoolTypeLabels } from '../../core/strings/labels.ts';
import type { FlowItem, TextStyle } from '../flow.ts';
import { listInWords } from '../../core/strings/list-words.ts';
import { blocksFlow } from './blocks-flow.ts';
import { factList, factRows, type Fact } from './fact-list.ts';
import { chosenMark, placesText, type ListedItem } from './menu-flow.ts';
import type { FlowContext } from './flow-context.ts';
import { interventionFit } from './needs-flow.ts';
import { fitStrings } from '../../core/fit/fit-strings.ts';
import { styles } from './styles.ts';

export const interventionAnchor = (id: string): string => `intervention:${id}`;

function factsTable(intervention: Intervention, context: FlowContext, places: string | undefined, fitRows: string[][]): FlowItem {
  const { t, language, content } = context;
  const { providers, domains } = indexOf(content.catalogue);
  const cost = costText(intervention, context.language);
  const facts: Fact[] = [
    [t.domain, mustGet(domains, intervention.domain, 'domain').label],
    [t.offer, offerLabels[language][intervention.offer]],
    [t.schoolTypes, listInWords(intervention.schoolTypes.map((type) => schoolTypeLabels[language][type]), language)],
    [t.cost, cost],
    [t.duration, intervention.duration],
    [context.b.places, places],
    [t.provider, mustGet(providers, intervention.provider, 'provider').name],
  ];
  const rows = [...factRows(facts, context), ...fitRows];
  // Kept whole with the title and summary before it: a fact list split after one row loses its
  // subject. Taller than a page, it names its subject again where it continues.
  const continued = context.b.continued(context.clean(intervention.title));
  return factList(rows, { continued, labelsToFit: factLabels(context) });
}

/** Every label an intervention's facts may have: all its fact lists share one label column. */
function factLabels(context: FlowContext): string[] {
  const { t, b, language } = context;
  const s = fitStrings(language);
  return [t.domain, t.offer, t.schoolTypes, t.cost, t.duration, b.places, t.provider, s.ages, s.groups, s.menukaart, s.evidence].map((label) => context.clean(label));
}

/** `listed` marks the school's choice and gives the places left, as in its menu. */
export function interventionFlow(intervention: Intervention, siteContext: FlowContext, titleStyle: TextStyle, outlineLevel: number, listed?: Omit<ListedItem, 'intervention'>): FlowItem[] {
  const context = siteContext.from(intervention.file);
  const titled = context.from(intervention.file, 'title');
  const fit = interventionFit(intervention, context);
  const flow: FlowItem[] = [
    titled.heading(intervention.title, titleStyle, { id: interventionAnchor(intervention.id), outline: { title: titled.clean(intervention.title), level: outlineLevel } }),
    ...(listed ? chosenMark({ intervention, ...listed }, context) : []),
    context.from(intervention.file, 'summary').text(intervention.summary, styles.lead, { keepWithNext: true }),
    ...fit.before,
    factsTable(intervention, context, placesText(listed?.places, context), fit.rows),
    ...fit.after,
    ...blocksFlow(context.content.bodies[intervention.id] ?? [], context, intervention.title),
  ];
  return flow;
}
