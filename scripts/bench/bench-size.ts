/**
 * One size of the benchmark, in a folder of its own:
 * 1. generate the catalogue;
 * 2. build its interventions with the bare Astro baseline (clean);
 * 3. build pages and search alone (clean caches);
 * 4. build everything (clean caches) and measure what it wrote;
 * 5. change one intervention and build everything again (warm caches);
 * 6. search the built site in Chromium.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildTimings } from '../../src/integration/phase-log.ts';
import { generateContent } from './generate-content.ts';
import { measureOutput } from './measure-output.ts';
import { measureSearch } from './measure-search.ts';
import type { MeasuredBuild, SizeResult } from './results.ts';
import type { BenchSize } from './sizes.ts';
import { runTimed } from './timed-process.ts';

export interface BenchSizeOptions {
  /** The project root. */
  root: string;
  /** An empty folder for this size's content, outputs and caches. */
  work: string;
  log(message: string): void;
}

async function buildOurs(root: string, work: string, name: string, extraArgs: string[], cacheDir: string): Promise<MeasuredBuild> {
  const timingsFile = path.join(work, `${name}-timings.json`);
  const args = ['scripts/build.ts', '--out-dir', path.join(work, `${name}-out`), '--timings', timingsFile, '--cache-dir', cacheDir, ...extraArgs];
  const run = await runTimed(process.execPath, args, { cwd: root, env: { CONTENT_DIR: path.join(work, 'content') } });
  if (run.exitCode !== 0) throw new Error(`The build "${name}" failed (exit ${run.exitCode}):\n${run.outputTail}`);
  const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as BuildTimings;
  return { wallMs: run.wallMs, peakMb: Math.max(run.peakTreeRssMb, timings.maxRssMb), timings };
}

async function buildBare(root: string, work: string): Promise<MeasuredBuild> {
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // --force drops Astro's content layer cache, so the baseline starts as cold as our clean build.
  const args = [astro, 'build', '--force', '--silent', '--outDir', path.join(work, 'bare-out')];
  const run = await runTimed(process.execPath, args, { cwd: path.join(root, 'bench', 'bare-astro'), env: { CONTENT_DIR: path.join(work, 'content') } });
  if (run.exitCode !== 0) throw new Error(`The bare Astro build failed (exit ${run.exitCode}):\n${run.outputTail}`);
  return { wallMs: run.wallMs, peakMb: run.peakTreeRssMb };
}

export async function benchSize(size: BenchSize, { root, work, log }: BenchSizeOptions): Promise<SizeResult> {
  const contentDir = path.join(work, 'content');
  generateContent(contentDir, { interventions: size.interventions, schools: size.schools, ...(size.fixedShare !== undefined ? { fixedShare: size.fixedShare } : {}) });

  log(`${size.name}: bare Astro build`);
  const bare = await buildBare(root, work);
  log(`${size.name}: pages and search alone`);
  const pagesAndSearch = await buildOurs(root, work, 'pages', ['--skip-brochures'], path.join(work, 'cache-pages'));
  log(`${size.name}: whole build, clean`);
  const fullCache = path.join(work, 'cache-full');
  const full = await buildOurs(root, work, 'full', [], fullCache);
  const output = measureOutput(path.join(work, 'full-out'));

  log(`${size.name}: whole build after one intervention changed`);
  appendFileSync(path.join(contentDir, 'interventions', 'interventie-1.mdx'), '\nDeze zin is toegevoegd om een kleine wijziging te meten.\n');
  const incremental = await buildOurs(root, work, 'full', [], fullCache);

  log(`${size.name}: first search in Chromium`);
  const search = await measureSearch(path.join(work, 'full-out'));
  return { size, bare, pagesAndSearch, full, incremental, output, search };
}
