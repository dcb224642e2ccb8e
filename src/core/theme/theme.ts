/**
 * The site's colours: site.yaml `theme` over the defaults, as CSS custom properties that the
 * NL Design System components read, and a contrast check so a theme never makes text unreadable.
 */
import { colourDifference, DISTINCT_COLOURS } from './colour-distance.ts';
import { AA_TEXT_CONTRAST, contrastRatio } from './contrast.ts';
import type { ContrastPair, FieldPath, Problem } from '../validate/problem.ts';
import type { Site } from '../schema/site.ts';
import type { Theme } from '../schema/theme-colours.ts';

export type ThemeColors = Required<Theme>;

/**
 * Defaults: Rijkshuisstijl-like dark blue, white text, a yellow focus ring; all pass AA. The offer
 * badges are brown and teal, far from the greens, purples and blues domains tend to use.
 */
export const DEFAULT_THEME: ThemeColors = {
  primary: '#154273',
  primaryText: '#ffffff',
  text: '#1a1a1a',
  background: '#ffffff',
  focus: '#ffbf47',
  fixed: '#8a4b00',
  optional: '#005f73',
};

export const themeOf = (site: Pick<Site, 'theme'>): ThemeColors => ({ ...DEFAULT_THEME, ...site.theme });

/** The `:root` rule Base.astro puts in every page. Values are schema-checked hex codes, safe in CSS. */
export function themeCss(theme: ThemeColors): string {
  const properties = {
    '--aanbodgids-primary': theme.primary,
    '--aanbodgids-primary-text': theme.primaryText,
    '--aanbodgids-text': theme.text,
    '--aanbodgids-background': theme.background,
    '--aanbodgids-focus': theme.focus,
    '--aanbodgids-fixed': theme.fixed,
    '--aanbodgids-optional': theme.optional,
  };
  return `:root{${Object.entries(properties).map(([name, value]) => `${name}:${value}`).join(';')}}`;
}

interface Pair {
  field: FieldPath;
  foreground: string;
  background: string;
  pair: ContrastPair;
  domain?: string;
}

/** Every text/background pair the site draws from theme and domain colours. */
function colourPairs(site: Site): Pair[] {
  const theme = themeOf(site);
  const white = '#ffffff';
  return [
    { field: ['theme', 'primaryText'], foreground: theme.primaryText, background: theme.primary, pair: 'primary-text' },
    { field: ['theme', 'primary'], foreground: theme.primary, background: theme.background, pair: 'links' },
    { field: ['theme', 'text'], foreground: theme.text, background: theme.background, pair: 'body-text' },
    { field: ['theme', 'fixed'], foreground: white, background: theme.fixed, pair: 'fixed-badge' },
    { field: ['theme', 'optional'], foreground: white, background: theme.optional, pair: 'optional-badge' },
    ...site.domains.flatMap((domain, index): Pair[] =>
      domain.color ? [{ field: ['domains', index, 'color'], foreground: white, background: domain.color, pair: 'domain-badge', domain: domain.id }] : [],
    ),
  ];
}

/** Warnings for colours below WCAG 2.1 AA (4.5:1): the site still builds, but must be fixed before publishing. */
export function themeContrastWarnings(site: Site & { file: string }): Problem[] {
  return colourPairs(site).flatMap(({ field, foreground, background, pair, domain }): Problem[] => {
    const ratio = contrastRatio(foreground, background);
    if (ratio >= AA_TEXT_CONTRAST) return [];
    return [{ file: site.file, field, kind: 'low-contrast', params: { pair, ratio, ...(domain ? { domain } : {}) } }];
  });
}

/**
 * Warnings for an offer badge colour too close to a domain colour (CIEDE2000 below 10): both
 * badges sit on every card, so they must be told apart. A domain without a colour uses the primary.
 */
export function badgeColourWarnings(site: Site & { file: string }): Problem[] {
  const theme = themeOf(site);
  const badges = [['fixed', theme.fixed], ['optional', theme.optional]] as const;
  return site.domains.flatMap((domain, index) => {
    const domainColour = domain.color ?? theme.primary;
    return badges.flatMap(([offer, badgeColour]): Problem[] => {
      const difference = colourDifference(badgeColour, domainColour);
      if (difference >= DISTINCT_COLOURS) return [];
      const field = domain.color ? ['domains', index, 'color'] : ['theme', offer];
      return [{ file: site.file, field, value: domainColour, kind: 'similar-colours', params: { offer, badgeColour, domain: domain.id, difference } }];
    });
  });
}
