/**
 * aanbodgids as an Astro integration. This file only wires Astro's hooks to the steps:
 * read and validate the content folder once (check-content), hand the catalogue to the content
 * loaders (catalogue-store), and then, per command, the build's pipeline (build-pipeline) or
 * dev mode's checks (dev-checks).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addSafeBodyPlugin } from './bodies/safe-bodies.ts';
import { startPipeline, type Pipeline } from './build-pipeline.ts';
import { BuildStopped } from './build-stopped.ts';
import { storeCheckedFolder } from './catalogue-store.ts';
import { checkFolder, reportChecked, withProblems, type CheckSettings } from './check-content.ts';
import { installDevChecks } from './dev-checks.ts';
import { LOADER_NAMES } from './content-loaders.ts';
import { resolveOptions, type AanbodgidsOptions } from './options.ts';
import { applyStrict } from './reports/strict.ts';
import { PhaseLog } from './phase-log.ts';
import { acquireProjectLock } from './project-lock.ts';
import { basePathVariableProblems, publishing } from './publishing.ts';
import { outputProblems } from './out-dir-guard.ts';
import { consoleReporter, reportProblems, reportTexts } from './report.ts';

export type { AanbodgidsOptions } from './options.ts';

/** Astro's config holds folders as file URLs ending in a slash. */
const folderUrl = (dir: string) => pathToFileURL(`${dir}/`);

export default function aanbodgids(options: AanbodgidsOptions = {}): AstroIntegration {
  const reporter = consoleReporter;
  const phases = new PhaseLog();
  let pipeline: Pipeline | undefined;
  let releaseLock: (() => void) | undefined;
  let timingsFile: string | undefined;
  let check: CheckSettings | undefined;

  return {
    name: 'aanbodgids',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const resolved = resolveOptions(options, root);
        timingsFile = resolved.timingsFile;
        // 0. Bodies are rendered through the sanitiser: raw HTML cleaned, unsafe links made text.
        addSafeBodyPlugin(config.markdown);

        // 1. Read and validate the whole content folder, once, and BASE_PATH by basePath's rule; report what was found (strict mode: warnings that fail).
        check = { buildDate: resolved.time.day, readLog: resolved.readLog };
        const found = phases.timeSync('content', () => withProblems(checkFolder(resolved.contentDir, check), basePathVariableProblems(resolved.basePath)));
        const strict = command === 'build' ? applyStrict(found, resolved.strict) : { checked: found, note: undefined };
        const { checked } = strict;
        storeCheckedFolder(checked);
        reportChecked(checked, reporter);
        if (strict.note) reporter.error(strict.note);
        // 2. A build with problems stops here: listed, no stack trace, dist/ untouched.
        if (command === 'build' && !checked.catalogue) throw new BuildStopped(checked.language);

        updateConfig({ ...publishing(checked.catalogue?.site, resolved.basePath), cacheDir: folderUrl(resolved.astroCacheDir) });
        if (command !== 'build' || !checked.catalogue) return;

        // 3. Only into a folder that is the build's own to replace (never the content or the project), reports never inside it.
        const outDir = resolved.outDir ?? fileURLToPath(config.outDir);
        const refusals = outputProblems({ outDir, root, contentDir: resolved.contentDir, reportsDir: resolved.reportsDir });
        if (refusals.length > 0) {
          reportProblems(refusals, reporter, checked.language, resolved.contentDir);
          throw new BuildStopped(checked.language);
        }

        // 4. One build of this project at a time; then pages into staging, brochures alongside.
        releaseLock = await acquireProjectLock(root, () => reporter.info(reportTexts[checked.language].waiting));
        pipeline = startPipeline({
          root,
          outDir,
          catalogue: checked.catalogue,
          interventions: checked.interventions,
          time: resolved.time,
          searchWords: resolved.searchWords,
          basePath: resolved.basePath,
          contentDir: checked.contentDir,
          brochureCacheDir: resolved.brochures ? resolved.brochureCacheDir : undefined,
          reportsDir: resolved.reportsDir,
          letterCacheDir: resolved.brochureCacheDir,
          csv: resolved.csv,
          reporter,
          phases,
        });
        updateConfig({ outDir: folderUrl(pipeline.stagingDir) });
        phases.start('astroSync');
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        if (check) installDevChecks({ server, refreshContent, reporter, loaders: LOADER_NAMES, check });
      },
      'astro:build:start': () => {
        phases.end('astroSync');
        phases.start('pages');
      },
      'astro:build:done': async () => {
        phases.end('pages');
        try {
          await pipeline?.finish();
        } finally {
          releaseLock?.();
        }
        if (timingsFile) phases.writeTo(timingsFile);
      },
    },
  };
}
