/**
 * Astro keeps per-project state in `.astro/` (generated content modules), so two builds of one
 * project at the same time would overwrite each other's. This lock makes them take turns; a lock
 * left by a process that no longer runs is taken over, and a process that exits lets go of its own.
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

/** Waits for the project's lock and takes it; returns the function that releases it. */
export async function acquireProjectLock(root: string, onWait: () => void): Promise<() => void> {
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
  const release = () => {
    process.off('exit', release);
    rmSync(lockFile, { force: true });
  };
  process.on('exit', release);
  return release;
}
