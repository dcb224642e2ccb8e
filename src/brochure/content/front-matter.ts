/** The first pages of every brochure: the cover, the introduction and the table of contents. */
import { formatDate } from '../../core/strings/labels.ts';
import type { FlowItem } from '../flow.ts';
import { blocksFlow } from './blocks-flow.ts';
import type { FlowContext } from './flow-context.ts';
import { sectionBreak, type TocEntry } from './section.ts';
import { themeOf } from '../../core/theme/theme.ts';
import { pdfRgbOf } from '../units.ts';
import { domainAccent } from './domain-accent.ts';
import { separated } from './separated.ts';
import { RULE, styles } from './styles.ts';

export interface CoverText {
  /** Above the title: the catalogue's title, or "Aanbod voor". */
  kicker: string;
  title: string;
  /** Facts under the title, printed apart by a middle dot. */
  subtitle: string[];
  /** The web page that is this brochure's accessible twin. */
  pagePath: string;
}

export interface LogoSize {
  widthMm: number;
  heightMm: number;
}

/** Where the colour band of the cover starts and ends, from the page's top. */
const BAND = { topMm: 62, heightMm: 92 };

/**
 * The cover: the logo, the school's (or catalogue's) name large on a band of the site's main
 * colour, the domains' colours under it as on the site, the municipality and the period, and at
 * the foot the web page with the same content, as an alternative to this tagged PDF.
 */
export function coverFlow(cover: CoverText, context: FlowContext, logo: LogoSize | undefined): FlowItem[] {
  const { site } = context.content.catalogue;
  const { t, b, language } = context;
  const theme = themeOf(site);
  const onBand = pdfRgbOf(theme.primaryText);
  const period = site.period && `${t.period}: ${t.periodRange(formatDate(site.period.start, language), formatDate(site.period.end, language))}`;
  const address = `${context.content.siteAddress}${cover.pagePath}`;
  const note = site.url ? b.accessible(address) : b.accessibleAt(site.municipality, address);
  return [
    logo ? { kind: 'image', image: 'logo', ...logo, alt: context.clean(b.logoAlt(site.municipality)) } : context.text(site.municipality, styles.coverMark),
    { kind: 'moveTo', topMm: BAND.topMm },
    { kind: 'band', color: pdfRgbOf(theme.primary), heightMm: BAND.heightMm },
    { kind: 'space', heightMm: 14 },
    context.text(cover.kicker, { ...styles.coverSubtitle, color: onBand }),
    context.text(cover.title, { ...styles.coverTitle, color: onBand }, { anchor: { id: 'cover', outline: { title: context.clean(cover.title), level: 0 } } }),
    separated(cover.subtitle, { ...styles.coverSubtitle, color: onBand }, context),
    { kind: 'moveTo', topMm: BAND.topMm + BAND.heightMm },
    { kind: 'swatches', colors: site.domains.map(domainAccent), heightMm: 3 },
    { kind: 'space', heightMm: 10 },
    context.text(site.municipality, styles.coverMunicipality),
    ...(period ? [context.text(period, styles.coverLine)] : []),
    { kind: 'moveTo', heightMm: 16 },
    { kind: 'rule', color: RULE },
    { kind: 'space', heightMm: 3 },
    context.text(note, styles.small, { keepTogether: true }),
    { kind: 'pageBreak' },
  ];
}

export function introAndContentsFlow(toc: TocEntry[], context: FlowContext): FlowItem[] {
  const { b, content } = context;
  const intro: FlowItem[] =
    content.intro.length > 0
      ? [context.heading(b.intro, styles.h1, { id: 'intro', outline: { title: b.intro, level: 0 } }), ...blocksFlow(content.intro, context, b.intro), sectionBreak()]
      : [];
  return [
    ...intro,
    context.heading(b.contents, styles.h1, { id: 'contents', outline: { title: b.contents, level: 0 } }),
    ...toc.map((entry): FlowItem => ({ kind: 'toc', ...entry, style: entry.level === 0 ? styles.tocSection : entry.level === 1 ? styles.toc : styles.tocEntry })),
    { kind: 'pageBreak' },
  ];
}
