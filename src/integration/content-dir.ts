/**
 * The one way every command names the content folder: `--content DIR` where a command takes
 * options, else the `CONTENT_DIR` environment variable, else `content/` in the working directory.
 */
import { resolveOptions } from './options.ts';

/** For scripts: the `--content` option's value wins over the environment. */
export function resolveContentDir(option: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolveOptions({ contentDir: option }, cwd, env).contentDir;
}
