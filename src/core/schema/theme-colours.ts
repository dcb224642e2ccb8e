/** site.yaml's theme: the site's colours. */
import { z } from 'astro/zod';
import { hexColor } from './common.ts';

/** The site's colours as hex codes; the build warns when a pair fails WCAG 2.1 AA contrast. */
export const themeSchema = z.strictObject({
  /** Main colour: header, buttons and links (default #154273, dark blue). */
  primary: hexColor.optional(),
  /** Text on the primary colour (default #ffffff). */
  primaryText: hexColor.optional(),
  /** Body text (default #1a1a1a). */
  text: hexColor.optional(),
  /** Page background (default #ffffff). */
  background: hexColor.optional(),
  /** Ring around whatever has keyboard focus (default #ffbf47, yellow). */
  focus: hexColor.optional(),
  /** Badge colour of fixed offer; white text is drawn on it (default #8a4b00, brown). */
  fixed: hexColor.optional(),
  /** Badge colour of optional offer; white text is drawn on it (default #005f73, teal). */
  optional: hexColor.optional(),
});
export type Theme = z.output<typeof themeSchema>;
