/** What every content step needs: the words, the content, and a guarded way to turn text into flow items. */
import { brochureStrings, type BrochureStrings } from '../../core/strings/brochure-strings.ts';
import type { Language } from '../../core/strings/labels.ts';
import { formatMoney, type Cents } from '../../core/money/money.ts';
import { siteStrings, type UiStrings } from '../../core/strings/ui-strings.ts';
import type { BrochureContent } from '../brochure-input.ts';
import type { Anchor, FlowGroup, TextItem, TextStyle } from '../flow.ts';
import { typeset } from '../../core/strings/typography.ts';
import type { TextGuard } from './text-guard.ts';
import { inlineLinks, type Href } from './inline-links.ts';

export interface FlowContext {
  content: BrochureContent;
  language: Language;
  t: UiStrings;
  b: BrochureStrings;
  money(cents: Cents): string;
  /**
   * The same context for the text of one content entry: its warnings about missing characters
   * name `file` ("interventions/x.mdx") instead of site.yaml, and `field` ("title") when given.
   */
  from(file: string, field?: string): FlowContext;
  /** The context for a field of the intervention with this id, wherever its text is shown (a table of choices, a contents line). */
  ofIntervention(id: string, field: string): FlowContext;
  /** Guards text, naming this context's file in warnings about missing characters, and sets it for print (typography.ts). */
  clean(text: string): string;
  /** A text item; web and e-mail addresses in it, and the stretches `hrefs` links, become links. */
  text(text: string, style: TextStyle, extra?: Partial<Omit<TextItem, 'kind' | 'text' | 'style'>>, hrefs?: Href[]): TextItem;
  heading(text: string, style: TextStyle, anchor?: Anchor, extra?: Partial<TextItem>): TextItem;
  /** A new group of flow items (a quote, a callout), numbered in the brochure's order. */
  group(role: FlowGroup['role']): FlowGroup;
}

/** `siteFile` is named in warnings about text that no entry of its own holds (headings, the cover). */
export function createFlowContext(content: BrochureContent, guard: TextGuard, siteFile: string): FlowContext {
  const language = content.catalogue.site.language;
  const shared = {
    content,
    language,
    t: siteStrings(content.catalogue.site),
    b: brochureStrings(language),
    money: (cents: Cents) => formatMoney(cents, language),
  };
  let groups = 0;
  const group = (role: FlowGroup['role']): FlowGroup => ({ role, key: ++groups });
  const interventionFiles = new Map(content.catalogue.interventions.map((intervention) => [intervention.id, intervention.file]));
  const contextFrom = (file: string, field?: string): FlowContext => {
    const clean = (text: string) => typeset(guard.clean(text, file, field));
    return {
      ...shared,
      from: contextFrom,
      ofIntervention: (id, field) => contextFrom(interventionFiles.get(id) ?? siteFile, field),
      clean,
      text: (text, style, extra = {}, hrefs = []) => {
        const cleaned = clean(text);
        const links = inlineLinks(cleaned, hrefs, clean);
        return { kind: 'text', text: cleaned, style, ...extra, ...(links.length > 0 ? { links } : {}) };
      },
      heading: (text, style, anchor, extra = {}) => ({ kind: 'text', text: clean(text), style, keepWithNext: true, anchor, role: 'Heading', ...extra }),
      group,
    };
  };
  return contextFrom(siteFile);
}
