/**
 * Astro keeps per-project state in `.astro/` (generated content modules), so two builds of one
 * project at the same time would overwrite each other's. This lock makes them take turns; a lock
 * left by a process that no longer runs is taken over, and a process that exits lets go of its own.
 *
 * Process ids repeat (in containers every build may be pid 20), so the lock records the holder's
 * pid, host and start time: a live process with the same pid but another start time is not the
 * holder, and its lock is stale.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from './process-running.ts';

interface Holder {
  pid: number;
  host: string;
  /** When the process started, as the system reports it; with the pid it names one process. */
  started: string;
}

/** The start time of a running process, or undefined when no such process runs. */
export function processStarted(pid: number): string | undefined {
  // A process of another user counts too: its start time can still be read below.
  if (!isRunning(pid)) return undefined;
  try {
    // Linux: field 22 of /proc/<pid>/stat, after the command name in parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    try {
      return execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      return undefined;
    }
  }
}

function readHolder(lockFile: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' && typeof holder.started === 'string' ? (holder as Holder) : undefined;
  } catch {
    return undefined;
  }
}

/** A lock is held while the process that wrote it runs; a lock from another host cannot be checked, so it counts as held. */
function isHeld(lockFile: string): boolean {
  const holder = readHolder(lockFile);
  if (!holder) return false;
  if (holder.host !== os.hostname()) return true;
  return processStarted(holder.pid) === holder.started;
}

/** Waits for the project's lock and takes it; returns the function that releases it. */
export async function acquireProjectLock(root: string, onWait: () => void): Promise<() => void> {
  const lockFile = path.join(root, '.astro', 'build.lock');
  mkdirSync(path.dirname(lockFile), { recursive: true });
  const me: Holder = { pid: process.pid, host: os.hostname(), started: processStarted(process.pid) ?? '' };
  let waited = false;
  for (;;) {
    try {
      writeFileSync(lockFile, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch {
      if (!isHeld(lockFile)) {
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
