/** providers/<id>.yaml: an organisation that delivers interventions. */
import { z } from 'astro/zod';
import { contentObject, email, requiredText, shortText, webUrl } from './common.ts';

export const providerSchema = contentObject({
  /** The organisation's name, e.g. "Bibliotheek Vechtstreek". */
  name: requiredText,
  /** Its website (http or https). */
  website: webUrl.optional(),
  /** Where schools arrange the work. */
  email: email.optional(),
  /** Phone number as people write it. */
  phone: shortText.optional(),
  /** The person schools talk to. */
  contactPerson: shortText.optional(),
  /** A short introduction of the organisation. */
  description: z.string().optional(),
});

export type ProviderData = z.output<typeof providerSchema>;
