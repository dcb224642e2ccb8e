/**
 * The one way every command names the content folder: `--content DIR` where a command takes
 * options, else the `CONTENT_DIR` environment variable, else `content/` in the working directory.
 */
import path from 'node:path';

export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.CONTENT_DIR || 'content');
}

/** For scripts: the `--content` option's value wins over the environment. */
export function resolveContentDir(option: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return option ? path.resolve(cwd, option) : contentDirFromEnv(env, cwd);
}
