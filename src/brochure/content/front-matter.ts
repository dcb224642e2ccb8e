/** The first pages of every brochure: the cover, the introduction and the table of contents. */
import { formatDate } from '../../core/labels.ts';
import type { FlowItem } from '../flow.ts';
import { blocksFlow } from './blocks-flow.ts';
import type { FlowContext } from './flow-context.ts';
import type { TocEntry } from './section.ts';
import { RULE, styles } from './styles.ts';

export interface CoverText {
  /** Above the title: the catalogue's title, or "Aanbod voor". */
  kicker: string;
  title: string;
  subtitle: string;
  /** The web page that is this brochure's accessible twin. */
  pagePath: string;
}

export interface LogoSize {
  widthMm: number;
  heightMm: number;
}

export function coverFlow(cover: CoverText, context: FlowContext, logo: LogoSize | undefined): FlowItem[] {
  const { site } = context.content.catalogue;
  const { t, b, language } = context;
  context.where = site.file;
  const period = site.period && `${t.period}: ${t.periodRange(formatDate(site.period.start, language), formatDate(site.period.end, language))}`;
  return [
    ...(logo ? [{ kind: 'image', image: 'logo', ...logo } as const] : []),
    { kind: 'space', heightMm: logo ? 45 - logo.heightMm : 45 },
    context.text(cover.kicker, styles.coverSubtitle),
    context.text(cover.title, styles.coverTitle, { anchor: { id: 'cover', outline: { title: context.clean(cover.title), level: 0 } } }),
    context.text(cover.subtitle, styles.coverSubtitle),
    { kind: 'space', heightMm: 8 },
    context.text(site.municipality, styles.coverLine),
    ...(period ? [context.text(period, styles.coverLine)] : []),
    { kind: 'space', heightMm: 70 },
    { kind: 'rule', color: RULE },
    { kind: 'space', heightMm: 3 },
    context.text(b.accessible(`${context.content.siteAddress}${cover.pagePath}`), styles.small, { keepTogether: true }),
    { kind: 'pageBreak' },
  ];
}

export function introAndContentsFlow(toc: TocEntry[], context: FlowContext): FlowItem[] {
  const { b, content } = context;
  context.where = content.catalogue.site.file;
  const intro: FlowItem[] =
    content.intro.length > 0
      ? [context.heading(b.intro, styles.h1, { id: 'intro', outline: { title: b.intro, level: 0 } }), ...blocksFlow(content.intro, context), { kind: 'space', heightMm: 6 }]
      : [];
  return [
    ...intro,
    context.heading(b.contents, styles.h1, { id: 'contents', outline: { title: b.contents, level: 0 } }),
    ...toc.map((entry): FlowItem => ({ kind: 'toc', ...entry, style: entry.level === 0 ? styles.tocSection : styles.toc })),
    { kind: 'pageBreak' },
  ];
}
