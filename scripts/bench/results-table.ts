/**
 * The benchmark's results as a Markdown table: one row per measure, one column per size, and
 * the goal from issue 7 with ✓ or ✗ where it applies to that size. Pure, so it is unit tested.
 */
import type { BenchResults, SizeResult } from './results.ts';
import { isSizeM } from './sizes.ts';

type Verdict = boolean | undefined;

interface Row {
  label: string;
  value(result: SizeResult): string;
  goal?: string;
  /** Whether this size meets the goal; undefined where the goal says nothing about it. */
  meets?(result: SizeResult): Verdict;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gb = (megabytes: number) => `${(megabytes / 1024).toFixed(2)} GB`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const phaseMs = (result: SizeResult, phase: 'content' | 'astroSync' | 'pages' | 'search' | 'brochures') => {
  const timing = result.full.timings?.phases[phase];
  return timing ? timing.endMs - timing.startMs : Number.NaN;
};
const onlyFor = (names: string[], result: SizeResult, verdict: boolean): Verdict => (names.includes(result.size.name) ? verdict : undefined);

/** Our overhead over the bare Astro build of the same entries, measured in the same run. */
export function ratios(result: SizeResult) {
  return {
    pagesAndSearchToBare: result.pagesAndSearch.wallMs / result.bare.wallMs,
    fullToBare: result.full.wallMs / result.bare.wallMs,
    cleanToIncremental: result.full.wallMs / result.incremental.wallMs,
  };
}

/** School brochures and the catalogue brochure drawn per second of the brochure phase. */
export function brochuresPerSecond(result: SizeResult): number {
  const drawn = result.output.schoolBrochures + (result.output.catalogueBrochureBytes > 0 ? 1 : 0);
  return drawn / (phaseMs(result, 'brochures') / 1000);
}

const ROWS: Row[] = [
  { label: 'interventions / schools', value: (r) => `${r.size.interventions} / ${r.size.schools}${r.size.fixedShare !== undefined ? `, ${Math.round(r.size.fixedShare * 100)}% fixed` : ''}` },
  { label: 'bare Astro build (baseline)', value: (r) => `${seconds(r.bare.wallMs)}, ${gb(r.bare.peakMb)}` },
  { label: 'pages + search', value: (r) => `${seconds(r.pagesAndSearch.wallMs)} (${times(ratios(r).pagesAndSearchToBare)} bare)`, goal: '≤ 1.5× bare', meets: (r) => ratios(r).pagesAndSearchToBare <= 1.5 },
  { label: 'whole build, clean', value: (r) => `${seconds(r.full.wallMs)} (${times(ratios(r).fullToBare)} bare)`, goal: '≤ 2.5× bare at M; M < 20 s; L < 3 min', meets: (r) => (isSizeM(r.size.name) ? ratios(r).fullToBare <= 2.5 && r.full.wallMs < 20_000 : onlyFor(['L'], r, r.full.wallMs < 180_000)) },
  { label: 'peak memory, whole build', value: (r) => gb(r.full.peakMb), goal: 'L < 3 GB', meets: (r) => onlyFor(['L'], r, r.full.peakMb < 3072) },
  { label: '· content check (read + validate)', value: (r) => seconds(phaseMs(r, 'content')) },
  { label: '· Astro content sync', value: (r) => seconds(phaseMs(r, 'astroSync')) },
  { label: '· page rendering', value: (r) => seconds(phaseMs(r, 'pages')) },
  { label: '· Pagefind indexing', value: (r) => seconds(phaseMs(r, 'search')) },
  { label: '· brochures (alongside the pages)', value: (r) => seconds(phaseMs(r, 'brochures')) },
  { label: 'incremental: one intervention changed', value: (r) => `${seconds(r.incremental.wallMs)} (${times(ratios(r).cleanToIncremental)} faster)`, goal: '≥ 3× faster at M', meets: (r) => onlyFor(['M', 'M20'], r, ratios(r).cleanToIncremental >= 3) },
  { label: 'pages, total size', value: (r) => `${r.output.pages}, ${mb(r.output.pagesBytes)}` },
  { label: 'heaviest page (HTML + CSS, gzip)', value: (r) => `${kb(r.output.heaviestPage.gzipBytes)} (${r.output.heaviestPage.path})`, goal: '< 50 KB every page', meets: (r) => r.output.pagesOver50Kb === 0 },
  { label: 'pages over 50 KB', value: (r) => String(r.output.pagesOver50Kb) },
  { label: 'Pagefind index', value: (r) => mb(r.output.pagefindBytes) },
  { label: 'first search: downloaded', value: (r) => (r.search ? `${kb(r.search.firstSearchBytes)} in ${r.search.firstSearchFiles} files` : 'not measured'), goal: '< 300 KB at L', meets: (r) => (r.search ? onlyFor(['L'], r, r.search.firstSearchBytes < 300 * 1024) : undefined) },
  { label: 'next search: answer in Chromium', value: (r) => (r.search ? `${r.search.answerMs} ms` : 'not measured'), goal: '< 100 ms', meets: (r) => (r.search ? r.search.answerMs < 100 : undefined) },
  { label: 'school brochure: average / largest', value: (r) => `${kb(r.output.schoolBrochureAverageBytes)} / ${kb(r.output.schoolBrochureLargestBytes)}`, goal: '< 100 KB each', meets: (r) => r.output.schoolBrochureLargestBytes < 100 * 1024 },
  { label: 'catalogue brochure', value: (r) => kb(r.output.catalogueBrochureBytes) },
  { label: 'brochures per second', value: (r) => brochuresPerSecond(r).toFixed(1), goal: '≥ 40 at M', meets: (r) => onlyFor(['M', 'M20'], r, brochuresPerSecond(r) >= 40) },
];

const mark = (verdict: Verdict) => (verdict === undefined ? '' : verdict ? ' ✓' : ' ✗');

export function resultsTable(results: BenchResults): string {
  const header = ['measure', ...results.sizes.map((r) => r.size.name), 'goal'];
  const lines = [header, header.map(() => '---')].map((cells) => `| ${cells.join(' | ')} |`);
  for (const row of ROWS) {
    const cells = results.sizes.map((result) => `${row.value(result)}${row.meets ? mark(row.meets(result)) : ''}`);
    lines.push(`| ${[row.label, ...cells, row.goal ?? ''].join(' | ')} |`);
  }
  return lines.join('\n');
}

export function machineLine({ machine }: BenchResults): string {
  return `${machine.date}: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB memory, Node ${machine.node}`;
}
