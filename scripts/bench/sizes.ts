/** The catalogue sizes the benchmark builds: a municipality (S), a large city or region (M), the country (L). */
export interface BenchSize {
  name: string;
  interventions: number;
  schools: number;
  /** Share of fixed offer (generate-content.ts); left out: about 1%. */
  fixedShare?: number;
}

/** M is measured with a small (5%) and a large (20%) fixed offer: brochures must stay brochures at both. */
export const BENCH_SIZES: Record<string, BenchSize> = {
  S: { name: 'S', interventions: 100, schools: 50 },
  M: { name: 'M', interventions: 1000, schools: 500, fixedShare: 0.05 },
  M20: { name: 'M20', interventions: 1000, schools: 500, fixedShare: 0.2 },
  L: { name: 'L', interventions: 5000, schools: 2000 },
};

/** The sizes whose goals are M's. */
export const isSizeM = (name: string): boolean => name === 'M' || name === 'M20';

/** `S,M` → the sizes, in the order given; an unknown name is an error that lists the known ones. */
export function parseSizes(list: string): BenchSize[] {
  return list.split(',').map((name) => {
    const size = BENCH_SIZES[name.trim().toUpperCase()];
    if (!size) throw new Error(`Unknown benchmark size "${name}": use ${Object.keys(BENCH_SIZES).join(', ')}, e.g. --sizes S,M,L`);
    return size;
  });
}
