/** Runs the real `npm run build` entry point (or Astro's own `astro build`) in a child process, as a user would. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface BuildRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, in the order they were written. */
  output: string;
}

/** The two ways to build: the project's script and Astro's command line, which must build the same site. */
const COMMANDS = {
  'npm run build': (outDir: string) => [path.join(projectRoot, 'scripts/build.ts'), '--out-dir', outDir],
  'astro build': (outDir: string) => [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
};

/**
 * Builds made this way (by the tests, the search-quality and audit scripts) are made as of one
 * fixed date (SOURCE_DATE_EPOCH), so what depends on the build date (stale entries, what is
 * available today) reads the same on every run.
 */
export const TEST_BUILD_DATE = '2026-06-01';
const TEST_BUILD_EPOCH = String(Date.parse(`${TEST_BUILD_DATE}T00:00:00Z`) / 1000);

/**
 * Vite's own import.meta.env names. A vitest worker has them in its environment (BASE_URL=/ among
 * them); a build started from a test must not inherit them, or Astro publishes a site built under
 * a base path at the root.
 */
const VITE_ENV_NAMES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

/** The environment a user's build would have: this process's, without Vite's own names. */
function userEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of VITE_ENV_NAMES) delete env[name];
  return env;
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  env?: Record<string, string>;
  command?: keyof typeof COMMANDS;
  args?: string[];
}

export function runBuild(options: BuildOptions): Promise<BuildRun> {
  return startBuild(options).done;
}

/** A build that is still running: its process (to send it a signal) and its result once it ends. */
export function startBuild(options: BuildOptions): { child: ChildProcess; done: Promise<BuildRun> } {
  const child = spawn(process.execPath, [...COMMANDS[options.command ?? 'npm run build'](options.outDir), ...(options.args ?? [])], {
    cwd: projectRoot,
    // Each build's reports go beside its output (`<outDir>-reports`), never into the project's reports/.
    env: { ...userEnvironment(), SOURCE_DATE_EPOCH: TEST_BUILD_EPOCH, CONTENT_DIR: options.contentDir, AANBODGIDS_REPORTS_DIR: `${options.outDir}-reports`, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
  });
  const done = new Promise<BuildRun>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk), (output += chunk)));
    child.stderr.on('data', (chunk: Buffer) => ((stderr += chunk), (output += chunk)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, stdout, stderr, output }));
  });
  return { child, done };
}
