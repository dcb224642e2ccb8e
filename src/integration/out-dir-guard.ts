/**
 * Where a build may write. A build replaces its output folder as a whole, so pointing it at the
 * content folder (or any folder of one's own) would delete that folder. A build writes only into
 * the default dist/, an empty or new folder, or one that holds an earlier aanbodgids build (its
 * marker file, or pagefind/ and brochures/ from builds made before the marker); never into the
 * content folder, the project root or a folder that holds either.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../core/validate/problem.ts';
import { isInside, realPathOf, realRoot } from './safe-read.ts';

/** Written into every build's output, so a later build knows the folder is its own to replace. */
export const BUILD_MARKER = '.aanbodgids-build';

export type OutDirRefusal = 'holds-content' | 'holds-project' | 'not-a-build' | 'not-a-folder';

const isBuild = (dir: string) =>
  existsSync(path.join(dir, BUILD_MARKER)) || (existsSync(path.join(dir, 'pagefind')) && existsSync(path.join(dir, 'brochures')));

/** Why the build must not write into `outDir`, or undefined when it may. */
export function outDirRefusal(places: { outDir: string; root: string; contentDir: string; defaultOutDir: string }): OutDirRefusal | undefined {
  const outDir = realRoot(places.outDir);
  if (isInside(outDir, realRoot(places.root))) return 'holds-project';
  if (isInside(outDir, realRoot(places.contentDir))) return 'holds-content';
  const stats = statSync(outDir, { throwIfNoEntry: false });
  if (!stats) return undefined;
  if (!stats.isDirectory()) return 'not-a-folder';
  if (outDir === realRoot(places.defaultOutDir) || readdirSync(outDir).length === 0 || isBuild(outDir)) return undefined;
  return 'not-a-build';
}

/**
 * The published folder that would hold the project team's reports, or undefined when they are
 * private: one of the given output folders, or any folder above `reportsDir` that is an earlier
 * aanbodgids build. Everything in a site folder is published, and the order letters name the
 * schools' contact persons.
 */
export function siteHoldingReports(reportsDir: string, outDirs: string[]): string | undefined {
  const reports = realPathOf(reportsDir);
  const site = outDirs.map(realPathOf).find((outDir) => isInside(outDir, reports));
  if (site) return site;
  for (let dir = reports; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, BUILD_MARKER))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The problems with where a build would write: its output folder, and the reports folder beside it. */
export function outputProblems(places: { outDir: string; root: string; contentDir: string; reportsDir: string }): Problem[] {
  const refusal = outDirRefusal({ ...places, defaultOutDir: path.join(places.root, 'dist') });
  if (refusal) return [{ file: places.outDir, kind: 'unsafe-out-dir', params: { reason: refusal } }];
  const site = siteHoldingReports(places.reportsDir, [places.outDir]);
  return site ? [{ file: places.reportsDir, kind: 'reports-in-site', params: { site } }] : [];
}
