/** site.yaml's logo. */
import { z } from 'astro/zod';
import { requiredText } from './common.ts';
import { says } from './messages.ts';

/** A logo image in the content folder, shown in the header of every page (and on brochure covers when PNG or JPEG). */
export const logoSchema = z.strictObject({
  /** File name inside the content folder: an .svg, .png, .jpg or .webp image. */
  file: z.string().regex(/^(?!\/)(?!.*\.\.)[\w\-./]+\.(?:svg|png|jpe?g|webp)$/i, says('not-a-logo-file')),
  /** Text alternative for screen readers, e.g. "Gemeente Vechtwaarde". */
  alt: requiredText,
});
