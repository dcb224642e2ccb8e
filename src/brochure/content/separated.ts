/**
 * Facts printed on one line, apart by a middle dot ("€ 450,00 per groep · 10 weken · vol"): the
 * tagged PDF says them apart by commas (`ActualText`), since a screen reader would read the dot
 * out as a symbol.
 */
import type { TextItem } from '../flow.ts';
import type { FlowContext } from './flow-context.ts';

const SEPARATOR = ' · ';

export function separated(parts: (string | undefined)[], style: TextItem['style'], context: FlowContext, extra: Partial<TextItem> = {}): TextItem {
  const given = parts.filter((part): part is string => Boolean(part));
  const spoken = given.length > 1 ? { actualText: context.clean(given.join(', ')) } : {};
  return context.text(given.join(SEPARATOR), style, { ...extra, ...spoken });
}
