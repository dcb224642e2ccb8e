/** The catalogue sizes the benchmark builds: a municipality (S), a large city or region (M), the country (L). */
export interface BenchSize {
  name: string;
  interventions: number;
  schools: number;
}

export const BENCH_SIZES: Record<string, BenchSize> = {
  S: { name: 'S', interventions: 100, schools: 50 },
  M: { name: 'M', interventions: 1000, schools: 500 },
  L: { name: 'L', interventions: 5000, schools: 2000 },
};

/** `S,M` → the sizes, in the order given; an unknown name is an error that lists the known ones. */
export function parseSizes(list: string): BenchSize[] {
  return list.split(',').map((name) => {
    const size = BENCH_SIZES[name.trim().toUpperCase()];
    if (!size) throw new Error(`Unknown benchmark size "${name}": use ${Object.keys(BENCH_SIZES).join(', ')}, e.g. --sizes S,M,L`);
    return size;
  });
}
