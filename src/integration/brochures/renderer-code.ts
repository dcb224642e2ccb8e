/**
 * The renderer's code as a hash, taken once per build and published for the browser: a
 * brochure's key covers what it draws (its plan), and this covers how a plan is drawn. It reads
 * the sources of the renderer and of the core it prints from, this folder's Node side of it, and
 * the versions of pdf-lib and fontkit, so a changed renderer draws every brochure again.
 */
import { codeHash } from '../code-hash.ts';

const FOLDERS = ['brochure', 'core', 'integration/brochures'];
const PACKAGES = ['pdf-lib', 'fontkit'];

let hash: string | undefined;

export function rendererCodeHash(): string {
  hash ??= codeHash(FOLDERS, PACKAGES);
  return hash;
}
