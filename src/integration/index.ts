/**
 * aanbodgids as an Astro integration. This file only wires Astro's hooks to the steps: resolve
 * the options once (options), read and validate the content folder once (check-content), hand
 * the check to Astro and set what the site needs (site-config, hand-off), and then, per command,
 * the build's pipeline (build-pipeline) or dev mode's checks (dev-checks). The pipeline's last
 * step runs in a second integration added last, so every other integration's build:done (the
 * sitemap's) has written into the staging folder before it is published.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addSafeBodyPlugin } from './bodies/safe-bodies.ts';
import { startPipeline, type Pipeline } from './build-pipeline.ts';
import { BuildStopped } from './build-stopped.ts';
import { checkFolder, reportChecked, withProblems, type CheckSettings } from './check-content.ts';
import type { CheckedFolder } from './checked-folder.ts';
import { installDevChecks } from './dev-checks.ts';
import { LOADER_NAMES } from './content-loaders.ts';
import { resolveOptions, type AanbodgidsOptions, type ResolvedOptions } from './options.ts';
import { applyStrict } from './reports/strict.ts';
import { PhaseLog } from './phase-log.ts';
import { acquireProjectLock } from './project-lock.ts';
import { basePathVariableProblems } from './publishing.ts';
import { outputProblems } from './out-dir-guard.ts';
import { consoleReporter, reportProblems, reportTexts } from './report.ts';
import { siteConfig } from './site-config.ts';

export type { AanbodgidsOptions } from './options.ts';

/** Astro's config holds folders as file URLs ending in a slash. */
const folderUrl = (dir: string) => pathToFileURL(`${dir}/`);

/** What the build's pipeline takes from the options. */
const pipelineSettings = (resolved: ResolvedOptions) => ({
  contentDir: resolved.contentDir,
  time: resolved.time,
  searchWords: resolved.searchWords,
  basePath: resolved.basePath,
  brochureCacheDir: resolved.brochures ? resolved.brochureCacheDir : undefined,
  reportsDir: resolved.reportsDir,
  letterCacheDir: resolved.brochureCacheDir,
  csv: resolved.csv,
});

export default function aanbodgids(options: AanbodgidsOptions = {}): AstroIntegration {
  const reporter = consoleReporter;
  const phases = new PhaseLog();
  let resolved: ResolvedOptions;
  let check: CheckSettings;
  let first: CheckedFolder;
  let pipeline: Pipeline | undefined;
  let releaseLock: (() => void) | undefined;

  /** The content folder checked once, as the command needs it; a build with problems stops here, listed, dist/ untouched. */
  function checkedFor(command: string): CheckedFolder {
    const found = phases.timeSync('content', () => withProblems(checkFolder(resolved.contentDir, check), basePathVariableProblems(resolved.basePath)));
    const strict = command === 'build' ? applyStrict(found, resolved.strict) : { checked: found, note: undefined };
    reportChecked(strict.checked, reporter);
    if (strict.note) reporter.error(strict.note);
    if (command === 'build' && !strict.checked.catalogue) throw new BuildStopped(strict.checked.language);
    return strict.checked;
  }

  const publish: AstroIntegration = {
    name: 'aanbodgids-publish',
    hooks: {
      'astro:build:done': async () => {
        phases.end('pages');
        try {
          await pipeline?.finish();
        } finally {
          releaseLock?.();
        }
        if (resolved.timingsFile) phases.writeTo(resolved.timingsFile);
      },
    },
  };

  return {
    name: 'aanbodgids',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        resolved = resolveOptions(options, root);
        check = { buildDate: resolved.time.day, readLog: resolved.readLog };
        // 0. Bodies are rendered through the sanitiser: raw HTML cleaned, unsafe links made text.
        addSafeBodyPlugin(config.markdown);
        // 1. Read and validate the whole content folder, once, and BASE_PATH by basePath's rule (strict mode: warnings that fail).
        first = checkedFor(command);
        // 2. Hand the check to Astro, with the settings, Vite plugins and integrations the site needs.
        updateConfig(siteConfig({ checked: first, basePath: resolved.basePath, cacheDir: folderUrl(resolved.astroCacheDir), publish }));
        if (command !== 'build' || !first.catalogue) return;

        // 3. Only into a folder that is the build's own to replace (never the content or the project), reports never inside it.
        const outDir = resolved.outDir ?? fileURLToPath(config.outDir);
        const refusals = outputProblems({ outDir, root, contentDir: resolved.contentDir, reportsDir: resolved.reportsDir });
        if (refusals.length > 0) {
          reportProblems(refusals, reporter, first.language, resolved.contentDir);
          throw new BuildStopped(first.language);
        }

        // 4. One build of this project at a time; then pages into staging, brochures alongside.
        releaseLock = await acquireProjectLock(root, () => reporter.info(reportTexts[first.language].waiting));
        pipeline = startPipeline({ ...pipelineSettings(resolved), root, outDir, catalogue: first.catalogue, interventions: first.interventions, reporter, phases });
        updateConfig({ outDir: folderUrl(pipeline.stagingDir) });
        phases.start('astroSync');
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        installDevChecks({ server, refreshContent, reporter, loaders: LOADER_NAMES, first, check });
      },
      'astro:build:start': () => {
        phases.end('astroSync');
        phases.start('pages');
      },
    },
  };
}
