/** Runs one of the project's command-line scripts (scripts/<name>.ts) in a child process, as `npm run <name>` would. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './run-build.ts';

export interface ScriptRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function runScript(name: string, args: string[], env: Record<string, string> = {}): ScriptRun {
  const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', `${name}.ts`), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  return { exitCode: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
