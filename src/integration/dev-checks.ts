/**
 * `npm run dev` checks the content as the build does: on start (the integration's first check)
 * and on every change in the content folder. While there are problems the browser gets the
 * Dutch problem page instead of the site; once they are fixed the loaders are refreshed and the
 * site comes back by itself.
 */
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { checkedFolder, storeCheckedFolder } from './catalogue-store.ts';
import { checkFolder, reportChecked, type CheckSettings } from './check-content.ts';
import { afterBuildPage, problemPage } from './problem-page.ts';
import type { Reporter } from './report.ts';

export interface DevChecks {
  server: ViteDevServer;
  refreshContent: ((options: { loaders?: string[] }) => Promise<void>) | undefined;
  reporter: Reporter;
  /** Loader names to refresh after a change. */
  loaders: string[];
  /** The build date and read log the first check used. */
  check: CheckSettings;
}

/** Everything a build makes after the pages: served in dev as a plain note, not a 404. */
const AFTER_BUILD = /\/(brochures\/|aanbod\.pdf|pagefind\/)/;

export function installDevChecks({ server, refreshContent, reporter, loaders, check }: DevChecks): void {
  server.middlewares.use((request, response, next) => {
    const url = request.url ?? '/';
    const afterBuild = AFTER_BUILD.exec(url);
    const { problems, language } = checkedFolder();
    const wantsPage = (request.headers.accept ?? '').includes('text/html');
    if (afterBuild) {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(afterBuildPage(afterBuild[1]?.startsWith('pagefind') ? 'search' : 'brochures'));
      return;
    }
    if (problems.length === 0 || !wantsPage) return next();
    response.statusCode = 500;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(problemPage(problems, language));
  });

  const { contentDir } = checkedFolder();
  let pending: NodeJS.Timeout | undefined;
  const recheck = () => {
    pending = undefined;
    const checked = checkFolder(contentDir, check);
    // Problems keep the last good catalogue in the loaders; the middleware shows the problems meanwhile.
    storeCheckedFolder(checked.catalogue ? checked : { ...checkedFolder(), problems: checked.problems, warnings: [], language: checked.language });
    reportChecked(checked, reporter);
    if (checked.catalogue) {
      reporter.info('De inhoud is in orde; de site wordt ververst.');
      void refreshContent?.({ loaders }).then(() => server.ws.send({ type: 'full-reload' }));
    }
  };
  const onChange = (file: string) => {
    if (path.relative(contentDir, file).startsWith('..')) return;
    // An editor saves in bursts (temporary file, rename): check once the burst is over.
    clearTimeout(pending);
    pending = setTimeout(recheck, 150);
  };
  server.watcher.add(contentDir);
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onChange);
}
