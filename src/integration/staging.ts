/**
 * A build writes into a staging folder beside the output and swaps it in only when every step
 * succeeded: a failed build leaves the previously built site exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_MARKER } from './out-dir-guard.ts';

export interface Staging {
  /** Where this build writes. */
  dir: string;
  /**
   * Replaces the output folder with the staging folder. Returns the old build's folder when it
   * could not be removed afterwards: the new site is published all the same.
   */
  publish(): { leftOver?: string; reason?: string };
  /** Removes the staging folder (after a failure). */
  discard(): void;
}

/** How folders are removed; tests pass one that fails, to stand in for a file the build may not delete. */
export type RemoveFolder = (dir: string) => void;
const removeFolder: RemoveFolder = (dir) => rmSync(dir, { recursive: true, force: true });

export function createStaging(outDir: string, remove: RemoveFolder = removeFolder): Staging {
  const parent = path.join(path.dirname(outDir), '.build-staging');
  const dir = path.join(parent, `${path.basename(outDir)}-${process.pid}-${Date.now()}`);
  mkdirSync(parent, { recursive: true });
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
      remove(dir);
    },
  };
}
