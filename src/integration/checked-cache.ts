/**
 * Cache files that cannot ship broken: each is stored with the SHA-256 of its bytes beside it
 * (`<file>.sha256`), and a file whose bytes do not match (truncated, overwritten, half written)
 * counts as missing, so it is made again instead of being published or failing every build.
 * Reading a file marks it as used (its time is set to now), so entries no build has used for a
 * while can be pruned by their time.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const digestFile = (file: string) => `${file}.sha256`;

function writeAtomically(file: string, data: Uint8Array | string): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** The file's bytes when they match the digest stored with them; otherwise both are removed and undefined returned. */
export function readChecked(file: string): Buffer | undefined {
  let bytes: Buffer;
  let digest: string;
  try {
    bytes = readFileSync(file);
    digest = readFileSync(digestFile(file), 'utf8').trim();
  } catch {
    return undefined;
  }
  if (digestOf(bytes) !== digest) {
    removeChecked(file);
    return undefined;
  }
  const now = new Date();
  utimesSync(file, now, now);
  return bytes;
}

/** Writes the bytes, then their digest: a crash in between leaves a file without digest, which reads as missing. */
export function writeChecked(file: string, bytes: Uint8Array): void {
  writeAtomically(file, bytes);
  writeAtomically(digestFile(file), digestOf(bytes));
}

function removeChecked(file: string): void {
  rmSync(file, { force: true });
  rmSync(digestFile(file), { force: true });
}

/** Removes the entries of a folder last used (read or written) before `before`; returns how many. */
export function pruneUnused(dir: string, before: Date): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let pruned = 0;
  for (const name of names) {
    if (name.endsWith('.sha256') || name.endsWith('.tmp')) continue;
    const file = path.join(dir, name);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats?.isFile() && stats.mtime < before) {
      removeChecked(file);
      pruned++;
    }
  }
  return pruned;
}
