/**
 * A hash over aanbodgids's own source folders and the versions of the packages they lean on: a
 * cache keyed by it is never reused by other code, so an update (a stricter sanitiser, a changed
 * renderer) applies to everything at once instead of only to what changed in the content.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** src/, where the folders are named from. */
const SOURCE = fileURLToPath(new URL('../', import.meta.url));

function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A package's version from its package.json, found above its entry point (fontkit does not export its package.json). */
function versionOf(name: string): string {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (manifest.name === name) return manifest.version;
    } catch {
      // No package.json at this level: look one higher.
    }
  }
  throw new Error(`the version of ${name} was not found`);
}

/** SHA-256 (hex) over every .ts file in the folders (paths and bytes) and the packages' versions. */
export function codeHash(folders: string[], packages: string[], root: string = SOURCE): string {
  const digest = createHash('sha256');
  for (const file of folders.flatMap((folder) => sourceFiles(root, folder))) digest.update(`${file}\n`).update(readFileSync(path.join(root, file))).update('\n');
  for (const name of packages) digest.update(`${name}@${versionOf(name)}\n`);
  return digest.digest('hex');
}
