/** Where the content lives: `CONTENT_DIR`, else `content/` in the project. Shared by the build script and Astro's config. */
import path from 'node:path';

export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.CONTENT_DIR || 'content');
}
