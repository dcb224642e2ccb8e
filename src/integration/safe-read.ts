/**
 * Reading a file the content names, without trusting it: the real path (symlinks followed) must
 * lie inside the content folder, the file must be a regular file (a FIFO named x.yaml would make
 * the build wait forever), and text must be UTF-8. What is wrong is a problem naming the file;
 * its contents are never shown.
 */
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Why a file the content names cannot be used: each is a problem kind with a Dutch and an English text. */
export type FileRefusal = 'file-missing' | 'dangling-link' | 'outside-content' | 'not-a-file' | 'not-utf8' | 'too-large';

/**
 * Far larger than any description, school file or logo; a file past it is not read at all, so it
 * cannot run the build out of memory or past the longest string Node can hold.
 */
const MAX_CONTENT_FILE_BYTES = 20 * 1024 * 1024;

/** True when `inner` is `outer` or lies inside it. */
export const isInside = (outer: string, inner: string): boolean => {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
};

/** The content folder as its real path, so symlinked content folders (and /tmp on macOS) compare right. */
export const realRoot = (root: string): string => {
  try {
    return realpathSync(root);
  } catch {
    return path.resolve(root);
  }
};

/** A path as the file system resolves it (links followed), also when its last parts do not exist yet. */
export function realPathOf(target: string): string {
  const absolute = path.resolve(target);
  const parent = path.dirname(absolute);
  if (existsSync(absolute) || parent === absolute) return realRoot(absolute);
  return path.join(realPathOf(parent), path.basename(absolute));
}

/** Where a file really is, or why it cannot be used. `root` is the real path of the content folder. */
export function locate(root: string, file: string): { real: string } | { refusal: FileRefusal } {
  const link = lstatSync(file, { throwIfNoEntry: false });
  if (!link) return { refusal: 'file-missing' };
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return { refusal: link.isSymbolicLink() ? 'dangling-link' : 'file-missing' };
  }
  if (!isInside(root, real)) return { refusal: 'outside-content' };
  const stats = statSync(real);
  if (!stats.isFile()) return { refusal: 'not-a-file' };
  if (stats.size > MAX_CONTENT_FILE_BYTES) return { refusal: 'too-large' };
  return { real };
}

/** The bytes of a file inside the content folder, or why not. */
export function readBytes(root: string, file: string): { bytes: Buffer } | { refusal: FileRefusal } {
  const found = locate(root, file);
  return 'refusal' in found ? found : { bytes: readFileSync(found.real) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file inside the content folder, or why not; a leading byte order mark is dropped. */
export function readUtf8(root: string, file: string): { text: string } | { refusal: FileRefusal } {
  const read = readBytes(root, file);
  if ('refusal' in read) return read;
  try {
    return { text: utf8.decode(read.bytes) };
  } catch {
    return { refusal: 'not-utf8' };
  }
}
