/**
 * `npm run dev` checks the content as the build does: on start (the integration's first check)
 * and on every change in the content folder. While there are problems the browser gets the
 * Dutch problem page instead of the site; once they are fixed the new check is handed to the
 * loaders (Astro's refreshContent) and the site comes back by itself.
 */
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { checkFolder, reportChecked, type CheckSettings } from './check-content.ts';
import type { CheckedFolder } from './checked-folder.ts';
import { handedCheck, REFRESHED_CHECK, type HandedCheck, type RefreshedCheck } from './hand-off.ts';
import { afterBuildPage, problemPage } from './problem-page.ts';
import type { Reporter } from './report.ts';

type RefreshContent = (options: { loaders?: string[]; context?: Record<string, unknown> }) => Promise<void>;

export interface DevChecks {
  server: ViteDevServer;
  refreshContent: RefreshContent | undefined;
  reporter: Reporter;
  /** Loader names to refresh after a change. */
  loaders: string[];
  /** The check the dev server started with, and the build date and read log it used. */
  first: CheckedFolder;
  check: CheckSettings;
}

/** Everything a build makes after the pages: served in dev as a plain note, not a 404. */
const AFTER_BUILD = /\/(brochures\/|aanbod\.pdf|pagefind\/)/;

export function installDevChecks({ server, refreshContent, reporter, loaders, first, check }: DevChecks): void {
  // The problems the browser is shown: those of the latest check.
  let shown = first;
  server.middlewares.use((request, response, next) => {
    const url = request.url ?? '/';
    const afterBuild = AFTER_BUILD.exec(url);
    const wantsPage = (request.headers.accept ?? '').includes('text/html');
    if (afterBuild) {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(afterBuildPage(afterBuild[1]?.startsWith('pagefind') ? 'search' : 'brochures'));
      return;
    }
    if (shown.problems.length === 0 || !wantsPage) return next();
    response.statusCode = 500;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(problemPage(shown.problems, shown.language));
  });

  const { contentDir } = first;
  let pending: NodeJS.Timeout | undefined;
  let latestGood = 0;
  const recheck = async () => {
    pending = undefined;
    shown = checkFolder(contentDir, check);
    reportChecked(shown, reporter);
    // Problems keep the last good catalogue in the loaders; the middleware shows the problems meanwhile.
    if (!shown.catalogue || !refreshContent) return;
    reporter.info('De inhoud is in orde; de site wordt ververst.');
    const good = ++latestGood;
    const taken = await handToLoaders(refreshContent, loaders, handedCheck(shown), () => good !== latestGood);
    if (taken) server.ws.send({ type: 'full-reload' });
    else if (good === latestGood) reporter.error(NOT_REFRESHED);
  };
  const onChange = (file: string) => {
    if (path.relative(contentDir, file).startsWith('..')) return;
    // An editor saves in bursts (temporary file, rename): check once the burst is over.
    clearTimeout(pending);
    pending = setTimeout(() => void recheck(), 150);
  };
  server.watcher.add(contentDir);
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onChange);
}

const NOT_REFRESHED = 'De site kon niet worden ververst met de nieuwe inhoud; stop npm run dev en start het opnieuw.';

/** Astro's reload of its content config takes well under a second; offers for ten seconds before giving up. */
const OFFERS = 40;
const OFFER_INTERVAL_MS = 250;

/**
 * Hands a check to the loaders through refreshContent, offered again until a loader has taken it.
 * Astro reloads its content config after every change of an .mdx or .yaml file, and a refresh
 * asked for while that reload runs is skipped without a word: one offer alone would lose the edit.
 * Stops when a later check has superseded this one (`superseded`).
 */
export async function handToLoaders(refreshContent: RefreshContent, loaders: string[], check: HandedCheck, superseded: () => boolean): Promise<boolean> {
  for (let offer = 0; offer < OFFERS && !superseded(); offer++) {
    let taken = false;
    const refreshed: RefreshedCheck = { check, taken: () => (taken = true) };
    await refreshContent({ loaders, context: { [REFRESHED_CHECK]: refreshed } });
    if (taken) return true;
    await new Promise((resolve) => setTimeout(resolve, OFFER_INTERVAL_MS));
  }
  return false;
}
