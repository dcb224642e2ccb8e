/**
 * How the checked catalogue reaches Astro, once. Astro loads astro.config.mjs (and with it this
 * integration) and the site's modules (src/content.config.ts, the pages) in separate module
 * graphs, so the integration hands its check over as virtual modules, as Starlight hands over
 * its configuration (virtual-user-config.ts):
 * - `virtual:aanbodgids/checked`: the check as data, read only by the content loaders
 *   (content-loaders.ts), which fill the collections the pages read;
 * - `virtual:aanbodgids/build`: what pages need besides the collections: the build date.
 * In dev mode each later check reaches the loaders through Astro's refreshContent (dev-checks.ts).
 */
import type { Plugin } from 'vite';
import type { CheckedFolder } from './checked-folder.ts';
import type { RawIntervention } from './read-content.ts';

export const CHECKED_MODULE = 'virtual:aanbodgids/checked';
export const BUILD_MODULE = 'virtual:aanbodgids/build';

/** What the loaders are handed of a check: the catalogue, the bodies to render, and the folder the logo is in. */
export interface HandedCheck {
  contentDir: string;
  /** Undefined while the content has problems: the collections stay empty (dev mode shows the problems). */
  catalogue: CheckedFolder['catalogue'];
  interventions: Pick<RawIntervention, 'id' | 'path' | 'body' | 'format'>[];
}

/** The key under which dev mode's refreshContent hands a new check to the loaders (dev-checks.ts). */
export const REFRESHED_CHECK = 'aanbodgidsCheck';

/** What dev mode hands the loaders with refreshContent: the new check, and a call back that a loader has taken it. */
export interface RefreshedCheck {
  check: HandedCheck;
  taken: () => void;
}

export const handedCheck = ({ contentDir, catalogue, interventions }: CheckedFolder): HandedCheck => ({
  contentDir,
  catalogue,
  interventions: interventions.map(({ id, path, body, format }) => ({ id, path, body, format })),
});

/** Serves the two modules; their text is made when Astro first asks, from the check the build started with. */
export function handOffPlugin(checked: CheckedFolder): Plugin {
  const modules: Record<string, () => string> = {
    [CHECKED_MODULE]: () => `export default JSON.parse(${JSON.stringify(JSON.stringify(handedCheck(checked)))});`,
    [BUILD_MODULE]: () => `export const buildDate = ${JSON.stringify(checked.buildDate)};`,
  };
  return {
    name: 'aanbodgids-hand-off',
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? modules[id.slice(1)]?.() : undefined),
  };
}
