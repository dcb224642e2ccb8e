import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../src/core/theme/contrast.ts';
import { badgeColourWarnings, DEFAULT_THEME, themeContrastWarnings, themeCss, themeOf } from '../../src/core/theme/theme.ts';
import { colourDifference } from '../../src/core/theme/colour-distance.ts';
import { formatProblem } from '../../src/core/validate/format-problem.ts';
import type { Site } from '../../src/core/schema/site.ts';

const site = (extra: Partial<Site> = {}): Site & { file: string } => ({
  title: 'NPO-aanbod',
  municipality: 'Gemeente Proefdorp',
  language: 'nl',
  domains: [{ id: 'taal', label: 'Taal', color: '#1f4f8f' }],
  file: 'content/site.yaml',
  ...extra,
});

describe('theme colours from site.yaml', () => {
  test('contrast follows WCAG: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  test('the default theme passes AA everywhere', () => {
    expect(themeContrastWarnings(site())).toEqual([]);
  });

  test('a theme colour too light for white text is a warning that names the field and the fix', () => {
    const warnings = themeContrastWarnings(site({ theme: { primary: '#ffcc00' } }));
    expect(warnings.map((warning) => formatProblem(warning, 'en'))).toMatchInlineSnapshot(`
      [
        "content/site.yaml: theme.primaryText gives header and button text on the primary colour a contrast of 1.51:1; WCAG 2.1 AA needs at least 4.5:1
          Choose a darker colour (or a lighter one for text on a dark colour); check it with a contrast checker.",
        "content/site.yaml: theme.primary gives links in the primary colour on the background a contrast of 1.51:1; WCAG 2.1 AA needs at least 4.5:1
          Choose a darker colour (or a lighter one for text on a dark colour); check it with a contrast checker.",
      ]
    `);
  });

  test('domain colours are checked too, as they carry white badge text', () => {
    const warnings = themeContrastWarnings(site({ domains: [{ id: 'sport', label: 'Sport', color: '#7fd37f' }] }));
    expect(warnings.map((w) => w.field)).toEqual([['domains', 0, 'color']]);
  });

  test('site.yaml colours override the defaults and become CSS custom properties', () => {
    const theme = themeOf({ theme: { primary: '#00594f' } });
    expect(theme).toEqual({ ...DEFAULT_THEME, primary: '#00594f' });
    expect(themeCss(theme)).toContain('--aanbodgids-primary:#00594f');
  });
});

describe('offer badge colours against domain colours', () => {
  test('the default badge colours are told apart from the demo domains and the primary colour', () => {
    const demo = site({ domains: [
      { id: 'zorg', label: 'Zorg', color: '#1b6e53' },
      { id: 'talent', label: 'Talent', color: '#7a3b8c' },
      { id: 'taal', label: 'Taal', color: '#1f4f8f' },
      { id: 'zonder', label: 'Zonder kleur' },
    ] });
    expect(badgeColourWarnings(demo)).toEqual([]);
  });

  test('colour difference is CIEDE2000: zero for one colour, near 100 for black and white', () => {
    expect(colourDifference('#1b6e53', '#1b6e53')).toBe(0);
    expect(colourDifference('#000000', '#ffffff')).toBeCloseTo(100, 0);
  });

  test('a domain colour close to an offer badge is a warning naming the domain, both colours and the fix', () => {
    const warnings = badgeColourWarnings(site({
      theme: { fixed: '#1b5e20', optional: '#6a1b9a' },
      domains: [{ id: 'zorg', label: 'Zorg', color: '#1b6e53' }, { id: 'talent', label: 'Talent', color: '#7a3b8c' }],
    }));
    expect(warnings.map((warning) => formatProblem(warning, 'nl'))).toMatchInlineSnapshot(`
      [
        "content/site.yaml: domains, domein 2, color "#7a3b8c" domein "talent" heeft bijna dezelfde kleur als het label Keuzeaanbod (#6a1b9a): kleurverschil 8,3, minstens 10 nodig (CIEDE2000)
          Kies voor het domein een kleur die duidelijk anders is, of zet theme.optional in site.yaml op een andere kleur.",
      ]
    `);
  });
});
