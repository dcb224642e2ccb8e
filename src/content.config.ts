/**
 * Astro's content collections, filled by the aanbodgids integration (src/integration): it reads
 * and validates the content folder once and hands the check over; these loaders copy the
 * validated entries. Each entry's data is the core's type (Provider, Intervention, School, the
 * site) with id and file; the logo collection holds site.yaml's logo as the site serves it.
 */
import { defineCollection } from 'astro:content';
import { interventionsLoader, logoLoader, providersLoader, schoolsLoader, siteLoader } from './integration/content-loaders.ts';

export const collections = {
  site: defineCollection({ loader: siteLoader }),
  providers: defineCollection({ loader: providersLoader }),
  interventions: defineCollection({ loader: interventionsLoader }),
  schools: defineCollection({ loader: schoolsLoader }),
  logo: defineCollection({ loader: logoLoader }),
};
