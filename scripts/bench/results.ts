/** What one benchmark run measured, per size, as written to bench/results.json. */
import type { BuildTimings } from '../../src/integration/phase-log.ts';
import type { OutputMeasures } from './measure-output.ts';
import type { SearchMeasures } from './measure-search.ts';
import type { BenchSize } from './sizes.ts';

export interface MeasuredBuild {
  wallMs: number;
  /** Peak resident memory of the build's whole process tree. */
  peakMb: number;
  /** Phase timings the build wrote itself (absent for the bare Astro baseline). */
  timings?: BuildTimings;
}

export interface SizeResult {
  size: BenchSize;
  /** The bare Astro baseline: one plain page per entry. */
  bare: MeasuredBuild;
  /** Our build without brochures: pages and search alone. */
  pagesAndSearch: MeasuredBuild;
  /** The whole `npm run build`, from cold caches. */
  full: MeasuredBuild;
  /** The whole build again after one intervention changed. */
  incremental: MeasuredBuild;
  output: OutputMeasures;
  search?: SearchMeasures;
}

interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  date: string;
}

export interface BenchResults {
  machine: Machine;
  sizes: SizeResult[];
}
