/**
 * A build writes into a staging folder beside the output and swaps it in only when every step
 * succeeded: a failed build leaves the previously built site exactly as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_MARKER } from './out-dir-guard.ts';
import { isRunning } from './process-running.ts';

export interface Staging {
  /** Where this build writes. */
  dir: string;
  /**
   * Replaces the output folder with the staging folder. Returns the old build's folder when it
   * could not be removed afterwards: the new site is published all the same.
   */
  publish(): { leftOver?: string; reason?: string };
  /** Removes the staging folder (after a failure, or when the build is stopped). */
  discard(): void;
}

/** How folders are removed; tests pass one that fails, to stand in for a file the build may not delete. */
export type RemoveFolder = (dir: string) => void;
const removeFolder: RemoveFolder = (dir) => rmSync(dir, { recursive: true, force: true, maxRetries: 3 });

/** How long a discarded staging folder must stay gone, and the most time spent on it. */
const SETTLED_MS = 250;
const GIVE_UP_MS = 5_000;
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Removes a folder that the bundler may still be writing into from its own threads when the
 * build is stopped: removed again until it stays gone for a moment. The main thread is blocked
 * meanwhile, so no new writes start; the process exits right after.
 */
function removeSettled(dir: string, remove: RemoveFolder): void {
  const giveUp = Date.now() + GIVE_UP_MS;
  let goneSince: number | undefined;
  while (Date.now() < giveUp) {
    if (existsSync(dir)) {
      goneSince = undefined;
      try {
        remove(dir);
      } catch {
        // A file written while the folder was being removed: try again after the pause.
      }
    } else {
      goneSince ??= Date.now();
      if (Date.now() - goneSince >= SETTLED_MS) return;
    }
    pause(25);
  }
}

/**
 * Staging folders of this output left by builds that were killed outright (no chance to clean
 * up: out of memory, SIGKILL): named `<output>-<pid>-<time>`, removed once that process is gone.
 */
function removeLeftovers(parent: string, outName: string, remove: RemoveFolder): void {
  const pattern = new RegExp(`^${outName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)-\\d+(?:-previous)?$`);
  for (const name of readdirSync(parent)) {
    const pid = pattern.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    try {
      remove(path.join(parent, name));
    } catch {
      // Left for the next build: this one does not depend on it.
    }
  }
}

export function createStaging(outDir: string, remove: RemoveFolder = removeFolder): Staging {
  const parent = path.join(path.dirname(outDir), '.build-staging');
  const dir = path.join(parent, `${path.basename(outDir)}-${process.pid}-${Date.now()}`);
  mkdirSync(parent, { recursive: true });
  removeLeftovers(parent, path.basename(outDir), remove);
  return {
    dir,
    publish() {
      writeFileSync(path.join(dir, BUILD_MARKER), 'Built by aanbodgids; the next build replaces this folder.\n');
      const previous = `${dir}-previous`;
      if (existsSync(outDir)) renameSync(outDir, previous);
      renameSync(dir, outDir);
      try {
        remove(previous);
        return {};
      } catch (error) {
        return { leftOver: previous, reason: error instanceof Error ? error.message : String(error) };
      }
    },
    discard() {
      removeSettled(dir, remove);
    },
  };
}
