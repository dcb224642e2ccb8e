/**
 * The hand-off between the integration and Astro's content loaders. Astro loads astro.config.mjs
 * and src/content.config.ts in different module graphs, so a plain module variable would exist
 * twice; one slot on globalThis, under a registered symbol, is shared by both.
 */
import type { Catalogue } from '../core/catalogue/catalogue-model.ts';
import type { Language } from '../core/strings/labels.ts';
import type { Problem } from '../core/validate/problem.ts';
import type { RawIntervention } from './read-content.ts';

/** What one check of the content folder found. */
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
  /** YYYY-MM-DD that freshness and availability are judged against (SOURCE_DATE_EPOCH, else today). */
  buildDate: string;
}

const SLOT = Symbol.for('aanbodgids.checked-folder');
type WithSlot = typeof globalThis & { [SLOT]?: CheckedFolder };

export function storeCheckedFolder(checked: CheckedFolder): void {
  (globalThis as WithSlot)[SLOT] = checked;
}

/** The last check; throws when the integration has not run (Astro started without aanbodgids()). */
export function checkedFolder(): CheckedFolder {
  const checked = (globalThis as WithSlot)[SLOT];
  if (!checked) throw new Error('The aanbodgids integration has not read the content folder: is aanbodgids() listed in astro.config.mjs?');
  return checked;
}
