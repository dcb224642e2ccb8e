/**
 * Astro keeps per-project state in `.astro/` (generated content modules), so two builds of one
 * project at the same time would overwrite each other's. This lock makes them take turns; a lock
 * left by a process that no longer runs is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function holderIsAlive(lockFile: string): boolean {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function withProjectLock<T>(root: string, work: () => Promise<T>, onWait: () => void): Promise<T> {
  const lockFile = path.join(root, '.astro', 'build.lock');
  mkdirSync(path.dirname(lockFile), { recursive: true });
  let waited = false;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      if (!holderIsAlive(lockFile)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (!waited) onWait();
      waited = true;
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
