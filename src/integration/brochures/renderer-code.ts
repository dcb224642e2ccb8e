/**
 * The renderer's code as a hash, taken once per build and published for the browser: a
 * brochure's key covers what it draws (its plan), and this covers how a plan is drawn. It reads
 * the sources of the renderer and of the core it prints from, this folder's Node side of it, and
 * the versions of pdf-lib and fontkit, so a changed renderer draws every brochure again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const source = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['brochure', 'core', 'integration/brochures'];
const PACKAGES = ['pdf-lib', 'fontkit'];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(source, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(source, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
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

let hash: string | undefined;

export function rendererCodeHash(): string {
  if (hash) return hash;
  const digest = createHash('sha256');
  for (const file of FOLDERS.flatMap(sourceFiles)) digest.update(`${file}\n`).update(readFileSync(path.join(source, file))).update('\n');
  for (const name of PACKAGES) digest.update(`${name}@${versionOf(name)}\n`);
  hash = digest.digest('hex');
  return hash;
}
