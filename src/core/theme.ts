/**
 * The site's colours: site.yaml `theme` over the defaults, as CSS custom properties that the
 * NL Design System components read, and a contrast check so a theme never makes text unreadable.
 */
import { AA_TEXT_CONTRAST, contrastRatio } from './contrast.ts';
import type { Problem } from './validate/problem.ts';
import type { Site, Theme } from './schema/site.ts';

export type ThemeColors = Required<Theme>;

/** Defaults: Rijkshuisstijl-like dark blue, white text, a yellow focus ring; all pass AA. */
export const DEFAULT_THEME: ThemeColors = {
  primary: '#154273',
  primaryText: '#ffffff',
  text: '#1a1a1a',
  background: '#ffffff',
  focus: '#ffbf47',
  fixed: '#1b5e20',
  optional: '#6a1b9a',
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
  field: string;
  foreground: string;
  background: string;
  what: string;
}

/** Every text/background pair the site draws from theme and domain colours. */
function colourPairs(site: Site): Pair[] {
  const theme = themeOf(site);
  const white = '#ffffff';
  return [
    { field: 'theme.primaryText', foreground: theme.primaryText, background: theme.primary, what: 'header and button text on the primary colour' },
    { field: 'theme.primary', foreground: theme.primary, background: theme.background, what: 'links in the primary colour on the background' },
    { field: 'theme.text', foreground: theme.text, background: theme.background, what: 'body text on the background' },
    { field: 'theme.fixed', foreground: white, background: theme.fixed, what: 'white badge text on the fixed-offer colour' },
    { field: 'theme.optional', foreground: white, background: theme.optional, what: 'white badge text on the optional-offer colour' },
    ...site.domains.flatMap((domain, index) =>
      domain.color ? [{ field: `domains[${index}].color`, foreground: white, background: domain.color, what: `white badge text on domain "${domain.id}"` }] : [],
    ),
  ];
}

/** Warnings for colours below WCAG 2.1 AA (4.5:1): the site still builds, but must be fixed before publishing. */
export function themeContrastWarnings(site: Site & { file: string }): Problem[] {
  return colourPairs(site).flatMap(({ field, foreground, background, what }): Problem[] => {
    const ratio = contrastRatio(foreground, background);
    if (ratio >= AA_TEXT_CONTRAST) return [];
    return [{
      file: site.file,
      field,
      message: `gives ${what} a contrast of ${ratio.toFixed(2)}:1; WCAG 2.1 AA needs at least 4.5:1`,
      hint: 'Choose a darker colour (or a lighter one for text on a dark colour); check it with a contrast checker.',
    }];
  });
}
