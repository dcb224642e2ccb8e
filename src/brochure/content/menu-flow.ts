/**
 * The items of a school's offer as its brochure lists them: each with what a director weighs
 * (price and unit, duration, places left), the school's choices marked with a label that reads in
 * black and white too. Described one by one for a small offer, one table row each for a large one.
 */
import { indexOf, mustGet, type Intervention } from '../../core/catalogue/catalogue-model.ts';
import { costText } from '../../core/money/cost-text.ts';
import type { Places } from '../../core/choosing/places-left.ts';
import type { FlowItem, TextItem } from '../flow.ts';
import { separated } from './separated.ts';
import type { FlowContext } from './flow-context.ts';
import { ALERT, INK, styles } from './styles.ts';

export interface ListedItem {
  intervention: Intervention;
  /** "Gekozen: 2 groepen, € 1.000,00" for the school's choices. */
  mark?: string;
  /** For an intervention with a capacity: what is left for this school. */
  places?: Places;
}

/** Cost, duration and provider: a menu item in a brief listing, without its description. */
function briefFacts(intervention: Intervention, context: FlowContext): [cost: string, duration: string, provider: string] {
  const provider = mustGet(indexOf(context.content.catalogue).providers, intervention.provider, 'provider').name;
  return [costText(intervention, context.language), intervention.duration ?? '', provider];
}

export const placesText = (places: Places | undefined, context: FlowContext): string | undefined =>
  places && (places.overCapacity ? context.b.overCapacityShort : context.b.placesLeft(places.left));

/** "€ 450,00 per groep · 10 weken · nog 1 plek" (said with commas: separated.ts). */
function factsLine(item: ListedItem, context: FlowContext): TextItem {
  const { intervention } = item;
  return separated([costText(intervention, context.language), intervention.duration, placesText(item.places, context)], styles.facts, context, { keepWithNext: true });
}

/** The label and sentence that mark a chosen item, and the warning when its places were taken. */
export function chosenMark(item: ListedItem, context: FlowContext): FlowItem[] {
  if (!item.mark) return [];
  const marked: FlowItem[] = [
    context.text(context.b.chosenBadge, styles.badge, { badge: INK, keepWithNext: true, actualText: context.b.chosenBadge.toLocaleLowerCase(context.language) }),
    context.text(item.mark, styles.strong, { keepWithNext: true }),
  ];
  if (item.places?.overCapacity) marked.push(context.text(context.b.overCapacityChosen(item.places.capacity), { ...styles.strong, color: ALERT }, { keepWithNext: true }));
  return marked;
}

export function listedItems(items: ListedItem[], context: FlowContext): FlowItem[] {
  return items.flatMap((item) => {
    const entry = context.from(item.intervention.file);
    return [
      entry.from(item.intervention.file, 'title').heading(item.intervention.title, styles.h4),
      factsLine(item, entry),
      ...chosenMark(item, entry),
      entry.from(item.intervention.file, 'summary').text(item.intervention.summary, styles.body),
    ];
  });
}

/**
 * A large offer as one table per domain: title (with the school's choice when chosen), cost and
 * unit, duration, places left when any item has a capacity, provider. The descriptions are on the
 * website and in the catalogue brochure. The fixed offer has no cost column: the municipality pays
 * it all, as the section's first line says, and a column that says so on every row says nothing.
 */
export function briefTable(items: ListedItem[], subject: string, context: FlowContext): FlowItem {
  const { t, b } = context;
  const withPlaces = items.some((item) => item.places);
  const withCost = items.some((item) => item.intervention.offer !== 'fixed');
  const rows = items.map((item) => {
    const { intervention, mark } = item;
    const entry = context.from(intervention.file);
    const [cost, duration, provider] = briefFacts(intervention, entry);
    const title = mark ? `${b.chosenBadge} ${intervention.title} · ${mark}` : intervention.title;
    const cells = [...(withCost ? [cost] : []), duration, ...(withPlaces ? [placesText(item.places, entry) ?? ''] : []), provider].map((cell) => entry.clean(cell));
    return [entry.from(intervention.file, 'title').clean(title), ...cells];
  });
  const strongRows = items.flatMap((item, index) => (item.mark ? [index] : []));
  const header = [t.intervention, ...(withCost ? [t.cost] : []), t.duration, ...(withPlaces ? [b.places] : []), t.provider];
  return { kind: 'table', align: [], header, rows, strongRows, style: styles.briefTable, stretch: 0, continued: b.continued(context.clean(subject)) };
}
