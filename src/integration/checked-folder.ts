/** What one check of the content folder found (check-content.ts): handed to Astro (hand-off.ts) and to the build's pipeline. */
import type { Catalogue } from '../core/catalogue/catalogue-model.ts';
import type { Language } from '../core/strings/labels.ts';
import type { Problem } from '../core/validate/problem.ts';
import type { RawIntervention } from './read-content.ts';

export interface CheckedFolder {
  /** The content folder, absolute. */
  contentDir: string;
  /** The validated catalogue, in catalogue order; undefined while the content has problems. */
  catalogue: Catalogue | undefined;
  /** The intervention files as read (bodies for rendering and brochures), for the catalogue above. */
  interventions: RawIntervention[];
  problems: Problem[];
  warnings: Problem[];
  /** The language problems are told in: site.yaml's, as far as it could be read. */
  language: Language;
  /** YYYY-MM-DD that freshness and availability are judged against (build-time.ts). */
  buildDate: string;
}
