/**
 * Where a build spends its time and memory, phase by phase, for the benchmark (`npm run bench`).
 * Phases may overlap (the brochures are drawn while Astro renders), so each has its own start
 * and end on one clock, and the memory high-water mark when it ended.
 */
import { writeFileSync } from 'node:fs';

export type PhaseName = 'content' | 'astroSync' | 'pages' | 'search' | 'brochures' | 'publish';

interface PhaseTiming {
  startMs: number;
  endMs: number;
  /** The process's peak resident memory so far when the phase ended (worker threads included). */
  maxRssMbAtEnd: number;
}

export interface BuildTimings {
  phases: Partial<Record<PhaseName, PhaseTiming>>;
  totalMs: number;
  maxRssMb: number;
}

/** `process.resourceUsage().maxRSS` is in kilobytes and only ever grows. */
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export class PhaseLog {
  readonly #origin = performance.now();
  readonly #phases: BuildTimings['phases'] = {};
  readonly #started = new Map<PhaseName, number>();

  start(name: PhaseName): void {
    this.#started.set(name, performance.now() - this.#origin);
  }

  end(name: PhaseName): void {
    const startMs = this.#started.get(name) ?? 0;
    this.#phases[name] = { startMs: Math.round(startMs), endMs: Math.round(performance.now() - this.#origin), maxRssMbAtEnd: peakRssMb() };
  }

  /** Runs `work` as the named phase; the phase ends when it settles, failed or not. */
  async time<T>(name: PhaseName, work: () => Promise<T>): Promise<T> {
    this.start(name);
    try {
      return await work();
    } finally {
      this.end(name);
    }
  }

  /** Runs synchronous `work` as the named phase. */
  timeSync<T>(name: PhaseName, work: () => T): T {
    this.start(name);
    try {
      return work();
    } finally {
      this.end(name);
    }
  }

  timings(): BuildTimings {
    return { phases: { ...this.#phases }, totalMs: Math.round(performance.now() - this.#origin), maxRssMb: peakRssMb() };
  }

  writeTo(file: string): void {
    writeFileSync(file, `${JSON.stringify(this.timings(), null, 2)}\n`);
  }
}
