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
  /** Guards text, naming `where` in warnings about missing characters, and sets it for print (typography.ts). */
  clean(text: string): string;
  /** The entry whose text is being laid out, for warnings ("content/interventions/x.mdx"). */
  where: string;
  /** A text item; web and e-mail addresses in it, and the stretches `hrefs` links, become links. */
  text(text: string, style: TextStyle, extra?: Partial<Omit<TextItem, 'kind' | 'text' | 'style'>>, hrefs?: Href[]): TextItem;
  heading(text: string, style: TextStyle, anchor?: Anchor, extra?: Partial<TextItem>): TextItem;
  /** A new group of flow items (a quote, a callout), numbered in the brochure's order. */
  group(role: FlowGroup['role']): FlowGroup;
}

export function createFlowContext(content: BrochureContent, guard: TextGuard, where: string): FlowContext {
  const language = content.catalogue.site.language;
  let groups = 0;
  const context: FlowContext = {
    content,
    language,
    t: siteStrings(content.catalogue.site),
    b: brochureStrings(language),
    money: (cents) => formatMoney(cents, language),
    clean: (text) => typeset(guard.clean(text, context.where)),
    where,
    text: (text, style, extra = {}, hrefs = []) => {
      const clean = context.clean(text);
      const links = inlineLinks(clean, hrefs, context.clean);
      return { kind: 'text', text: clean, style, ...extra, ...(links.length > 0 ? { links } : {}) };
    },
    heading: (text, style, anchor, extra = {}) => ({ kind: 'text', text: context.clean(text), style, keepWithNext: true, anchor, role: 'Heading', ...extra }),
    group: (role) => ({ role, key: ++groups }),
  };
  return context;
}
