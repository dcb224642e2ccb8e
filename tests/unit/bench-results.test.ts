/** The benchmark's pure parts: sizes from the command line, ratios, the goals table, the README block. */
import { expect, test } from 'vitest';
import { updateBenchReadme } from '../../scripts/bench/bench-readme.ts';
import { brochuresPerSecond, ratios, resultsTable } from '../../scripts/bench/results-table.ts';
import type { SizeResult } from '../../scripts/bench/results.ts';
import { BENCH_SIZES, parseSizes } from '../../scripts/bench/sizes.ts';

const phase = (startMs: number, endMs: number) => ({ startMs, endMs, maxRssMbAtEnd: 900 });

function measuredAt(name: 'S' | 'M' | 'L', fullMs: number): SizeResult {
  return {
    size: BENCH_SIZES[name]!,
    bare: { wallMs: 8000, peakMb: 900 },
    pagesAndSearch: { wallMs: 10_000, peakMb: 1000 },
    full: {
      wallMs: fullMs,
      peakMb: 1500,
      timings: { totalMs: fullMs, maxRssMb: 1400, phases: { content: phase(0, 500), astroSync: phase(500, 3000), pages: phase(3000, 9000), search: phase(9000, 10_000), brochures: phase(500, 10_500) } },
    },
    incremental: { wallMs: fullMs / 4, peakMb: 1200 },
    output: {
      pages: 1520,
      pagesBytes: 30 * 1024 * 1024,
      heaviestPage: { path: 'aanbod/index.html', gzipBytes: 40 * 1024 },
      pagesOver50Kb: 0,
      pagefindBytes: 5 * 1024 * 1024,
      schoolBrochures: 500,
      schoolBrochureAverageBytes: 60 * 1024,
      schoolBrochureLargestBytes: 90 * 1024,
      catalogueBrochureBytes: 2 * 1024 * 1024,
    },
    search: { query: 'lezen', firstSearchBytes: 120 * 1024, firstSearchFiles: 9, answerMs: 40 },
  };
}

const machine = { cpus: 2, cpuModel: 'Test CPU', memoryGb: 24, node: '22.12.0', date: '2026-01-01' };

test('sizes are read from the command line in the order given, case-insensitively', () => {
  expect(parseSizes('m,S').map((size) => size.name)).toEqual(['M', 'S']);
});

test('an unknown size names the sizes there are', () => {
  expect(() => parseSizes('S,XL')).toThrow('Unknown benchmark size "XL": use S, M, M20, L');
});

test('ratios compare our builds with the bare Astro build of the same run', () => {
  expect(ratios(measuredAt('M', 18_000))).toEqual({ pagesAndSearchToBare: 1.25, fullToBare: 2.25, cleanToIncremental: 4 });
});

test('brochures per second count the school brochures and the catalogue over the brochure phase', () => {
  expect(brochuresPerSecond(measuredAt('M', 18_000))).toBeCloseTo(501 / 10, 5);
});

test('the table marks a goal met or missed only for the sizes it is about', () => {
  const table = resultsTable({ machine, sizes: [measuredAt('S', 12_000), measuredAt('M', 24_000)] });
  const row = (label: string) => table.split('\n').find((line) => line.startsWith(`| ${label} |`));
  // M takes 24 s (goal under 20 s): missed at M; S has no goal of its own for the whole build.
  expect(row('whole build, clean')).toBe('| whole build, clean | 12.0 s (1.50× bare) | 24.0 s (3.00× bare) ✗ | ≤ 2.5× bare at M; M < 20 s; L < 3 min |');
  expect(row('pages + search')).toContain('10.0 s (1.25× bare) ✓');
  expect(row('brochures per second')).toBe('| brochures per second | 50.1 | 50.1 ✓ | ≥ 40 at M |');
  expect(table.split('\n')[0]).toBe('| measure | S | M | goal |');
});

test('the README keeps its prose and replaces only the results between the markers', () => {
  const first = updateBenchReadme('# Benchmark\n\nHow it works.\n', 'table one');
  expect(first).toContain('How it works.');
  const second = updateBenchReadme(`${first}\nMore prose after.\n`, 'table two');
  expect(second).toContain('table two');
  expect(second).not.toContain('table one');
  expect(second).toContain('More prose after.');
});
