/**
 * A build writes into a staging folder beside the output and swaps it in only when every step
 * succeeded: a failed build leaves the previously built site exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface Staging {
  /** Where this build writes. */
  dir: string;
  /** Replaces the output folder with the staging folder. */
  publish(): void;
  /** Removes the staging folder (after a failure). */
  discard(): void;
}

export function createStaging(outDir: string): Staging {
  const parent = path.join(path.dirname(outDir), '.build-staging');
  const dir = path.join(parent, `${path.basename(outDir)}-${process.pid}-${Date.now()}`);
  mkdirSync(parent, { recursive: true });
  return {
    dir,
    publish() {
      const previous = `${dir}-previous`;
      if (existsSync(outDir)) renameSync(outDir, previous);
      renameSync(dir, outDir);
      rmSync(previous, { recursive: true, force: true });
    },
    discard() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
