/**
 * `npm run bench` (issue 7): builds generated catalogues of growing size with the real build
 * and with a bare Astro baseline in the same run, and writes bench/results.json plus the
 * Markdown table in bench/README.md. `--sizes S,M,M20,L` (default S,M,M20: M with 5% and with 20% fixed offer); `--keep` leaves the work
 * folder for inspection.
 * 1. Note the machine.
 * 2. Benchmark each size in a temporary folder of its own.
 * 3. Write the results and the table; print the table.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchSize } from './bench/bench-size.ts';
import { machineLine, resultsTable } from './bench/results-table.ts';
import type { BenchResults, SizeResult } from './bench/results.ts';
import { BENCH_SIZES, parseSizes } from './bench/sizes.ts';
import { updateBenchReadme } from './bench/bench-readme.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: 'S,M,M20' }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
if (values.help) {
  const sizeList = Object.values(BENCH_SIZES).map((size) => `  ${size.name}: ${size.interventions} interventions, ${size.schools} schools${size.fixedShare !== undefined ? `, ${Math.round(size.fixedShare * 100)}% fixed` : ''}`);
  console.log(['Usage: npm run bench -- [--sizes S,M,L] [--keep]', '', '  --sizes  which catalogue sizes to build (default S,M,M20); L takes minutes:', '           npm run bench -- --sizes S,M,L', '  --keep   keep the work folder with the built sites', '', 'Sizes:', ...sizeList].join('\n'));
  process.exit(0);
}
const sizes = parseSizes(values.sizes);

const machine = {
  cpus: os.availableParallelism(),
  cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  node: process.versions.node,
  date: new Date().toISOString().slice(0, 10),
};

const work = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-bench-'));
const results: SizeResult[] = [];
try {
  for (const size of sizes) {
    const sizeWork = path.join(work, size.name);
    mkdirSync(sizeWork);
    results.push(await benchSize(size, { root, work: sizeWork, log: (message) => console.log(`… ${message}`) }));
  }
} finally {
  if (values.keep) console.log(`Work folder kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const benchResults: BenchResults = { machine, sizes: results };
const table = resultsTable(benchResults);
writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(benchResults, null, 2)}\n`);
const readme = path.join(root, 'bench', 'README.md');
writeFileSync(readme, updateBenchReadme(readFileSync(readme, { encoding: 'utf8', flag: 'a+' }), `${machineLine(benchResults)}\n\n${table}`));
console.log(`\n${machineLine(benchResults)}\n\n${table}\n\nWritten: bench/results.json, bench/README.md`);
