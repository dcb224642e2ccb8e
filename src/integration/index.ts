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
import { storeCheckedFolder } from './catalogue-store.ts';
import { checkFolder, reportChecked, withProblems } from './check-content.ts';
import { installDevChecks } from './dev-checks.ts';
import { LOADER_NAMES } from './content-loaders.ts';
import { resolveOptions, type AanbodgidsOptions } from './options.ts';
import { applyStrict } from './reports/strict.ts';
import { PhaseLog } from './phase-log.ts';
import { acquireProjectLock } from './project-lock.ts';
import { basePathVariableProblems, publishing } from './publishing.ts';
import { outDirRefusal, siteHoldingReports } from './out-dir-guard.ts';
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
        const found = phases.timeSync('content', () => withProblems(checkFolder(resolved.contentDir), basePathVariableProblems()));
        const strict = command === 'build' ? applyStrict(found, resolved.strict) : { checked: found, note: undefined };
        const { checked } = strict;
        storeCheckedFolder(checked);
        reportChecked(checked, reporter);
        if (strict.note) reporter.error(strict.note);
        // 2. A build with problems stops here: listed, no stack trace, dist/ untouched.
        if (command === 'build' && !checked.catalogue) process.exit(1);

        updateConfig({ ...publishing(checked.catalogue?.site), cacheDir: folderUrl(resolved.astroCacheDir) });
        if (command !== 'build' || !checked.catalogue) return;

        // 3. Only into a folder that is the build's own to replace: never the content or the project.
        const outDir = fileURLToPath(config.outDir);
        const refusal = outDirRefusal({ outDir, root, contentDir: resolved.contentDir, defaultOutDir: path.join(root, 'dist') });
        if (refusal) {
          reportProblems([{ file: outDir, kind: 'unsafe-out-dir', params: { reason: refusal } }], reporter, checked.language, resolved.contentDir);
          process.exit(1);
        }
        // The team's reports never inside the site: everything there is published.
        const site = siteHoldingReports(resolved.reportsDir, [outDir]);
        if (site) {
          reportProblems([{ file: resolved.reportsDir, kind: 'reports-in-site', params: { site } }], reporter, checked.language, resolved.contentDir);
          process.exit(1);
        }

        // 4. One build of this project at a time; then pages into staging, brochures alongside.
        releaseLock = await acquireProjectLock(root, () => reporter.info(reportTexts[checked.language].waiting));
        pipeline = startPipeline({
          root,
          outDir,
          catalogue: checked.catalogue,
          interventions: checked.interventions,
          buildDate: checked.buildDate,
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
        installDevChecks({ server, refreshContent, reporter, loaders: LOADER_NAMES });
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
