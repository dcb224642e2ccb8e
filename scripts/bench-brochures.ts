/**
 * `npm run bench:brochures`: how fast brochures are drawn at a municipality's worst case, the
 * goals of issue 5. Generates a synthetic catalogue (default 1,000 interventions, 500 schools;
 * --interventions and --schools change it, --sample the single-core sample) with the benchmark's
 * content generator (--fixed-share 0.2 for a fifth fixed offer, --choices 30 for every school's
 * number of choices), then reports:
 *   1. single core: ms per school brochure, planned, keyed and drawn one after another in this thread;
 *   2. all cores: school brochures per second through the build's worker pool (every school, an empty cache);
 *      both also as CPU time per brochure, which other work on a shared machine disturbs far less
 *      than the clock, and what that CPU time gives on idle cores; the pool's CPU time also split
 *      into the workers' start-up and the brochures after it (with few schools start-up dominates);
 *   3. average and largest school brochure, and the whole-catalogue brochure's size and time;
 *   4. what tagging costs: the single-core sample drawn again untagged (no structure tree, marked
 *      content or link annotations; the same pages otherwise), against the same brochures tagged.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/integration/check-content.ts';
import { brochureContent } from '../src/integration/brochures/brochure-content.ts';
import { prepareBrochureFonts } from '../src/integration/brochures/brochure-fonts.ts';
import { brochureJobs } from '../src/integration/brochures/brochure-jobs.ts';
import { jobContent, jobPart, sharedContent } from '../src/integration/brochures/job-content.ts';
import { rendererCodeHash } from '../src/integration/brochures/renderer-code.ts';
import { renderInPool } from '../src/integration/brochures/render-pool.ts';
import { cachedPdf, nodeRenderer, renderJob } from '../src/integration/brochures/render-job.ts';
import { PDFDocument } from 'pdf-lib';
import type { Reporter } from '../src/integration/report.ts';
import { generateContent } from './bench/generate-content.ts';
import { environmentTime } from '../src/integration/options.ts';

const { values } = parseArgs({
  options: {
    interventions: { type: 'string', default: '1000' },
    schools: { type: 'string', default: '500' },
    sample: { type: 'string', default: '40' },
    'fixed-share': { type: 'string' },
    choices: { type: 'string' },
  },
});
const size = {
  interventions: Number(values.interventions),
  schools: Number(values.schools),
  ...(values['fixed-share'] ? { fixedShare: Number(values['fixed-share']) } : {}),
  ...(values.choices ? { choicesPerSchool: Number(values.choices) } : {}),
};
const quiet: Reporter = { info() {}, warn() {}, error() {} };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
/** CPU time of this process (every thread) since `from`, per brochure. */
const cpuMs = (from: NodeJS.CpuUsage, brochures: number): string => {
  const { user, system } = process.cpuUsage(from);
  return ((user + system) / 1000 / brochures).toFixed(1);
};
const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'aanbodgids-bench-brochures-'));

try {
  // Content and fonts, as the build prepares them.
  const contentDir = path.join(work, 'content');
  generateContent(contentDir, size);
  const checked = checkContent(contentDir, quiet);
  if (!checked) throw new Error('the generated content has problems');
  const content = brochureContent(checked.catalogue, checked.content.interventions, contentDir, quiet, { asOf: environmentTime().day });
  const fonts = await prepareBrochureFonts(path.join(root, 'node_modules', '.cache', 'aanbodgids', 'fonts'));
  const setup = { hashes: { renderer: rendererCodeHash(), fonts: 'bench', logo: 'none' }, date: '2025-08-01T00:00:00.000Z' };
  const jobs = brochureJobs(content);
  const schoolJobs = jobs.filter((job) => job.schoolId);
  const shape = [size.fixedShare !== undefined ? `${Math.round(size.fixedShare * 100)}% fixed` : '', size.choicesPerSchool !== undefined ? `${size.choicesPerSchool} choices a school` : ''].filter(Boolean);
  console.log(`Catalogue: ${size.interventions} interventions, ${size.schools} schools${shape.length > 0 ? ` (${shape.join(', ')})` : ''}`);

  // 1. Single core, after a warm-up brochure (caches of widths and wrapped lines fill up).
  const renderer = await nodeRenderer(fonts);
  const sample = schoolJobs.slice(0, Number(values.sample));
  const shared = sharedContent(content);
  const inThread = (job: (typeof jobs)[number], cacheDir: string) => renderJob(renderer, jobContent(shared, jobPart(content, job)), job, { ...setup, cacheDir });
  await inThread(sample[0]!, path.join(work, 'warm-up'));
  let started = performance.now();
  let cpu = process.cpuUsage();
  for (const job of sample) await inThread(job, path.join(work, 'single'));
  const msPerBrochure = (performance.now() - started) / sample.length;
  console.log(`1 core:  ${msPerBrochure.toFixed(1)} ms per school brochure, ${cpuMs(cpu, sample.length)} ms CPU (${sample.length} drawn in this thread)`);

  // 2. Every core, through the worker pool the build uses (worker start-up included). A pool
  // drawing one brochure a worker first tells the workers' start-up (loading the code, preparing
  // the fonts, the first brochure with empty caches) apart from the brochures after it.
  const cores = availableParallelism();
  const pool = { content, fonts, ...setup, workers: cores };
  cpu = process.cpuUsage();
  await renderInPool(schoolJobs.slice(0, cores), { ...pool, cacheDir: path.join(work, 'start-up') });
  const startUpCpuMs = Number(cpuMs(cpu, 1));
  started = performance.now();
  cpu = process.cpuUsage();
  const results = await renderInPool(schoolJobs, { ...pool, cacheDir: path.join(work, 'cache') });
  const seconds = (performance.now() - started) / 1000;
  const poolCpuMs = Number(cpuMs(cpu, results.length));
  console.log(`${cores} cores: ${(results.length / seconds).toFixed(1)} school brochures per second (${results.length} in ${seconds.toFixed(1)} s); ${poolCpuMs} ms CPU each, all threads: ${((cores * 1000) / poolCpuMs).toFixed(0)} per second on ${cores} idle cores`);
  const furtherCpuMs = (poolCpuMs * results.length - startUpCpuMs) / Math.max(1, results.length - cores);
  console.log(`${cores} cores: start-up and first brochure ${(startUpCpuMs / cores).toFixed(0)} ms CPU a worker; after that ${furtherCpuMs.toFixed(1)} ms CPU a brochure, all threads: ${((cores * 1000) / furtherCpuMs).toFixed(0)} per second on ${cores} idle cores`);

  // 3. Sizes.
  const all = results.map((result) => result.bytes).sort((a, b) => a - b);
  const average = all.reduce((sum, bytes) => sum + bytes, 0) / Math.max(1, all.length);
  console.log(`School brochures: average ${kb(average)}, largest ${kb(all.at(-1) ?? 0)}, smallest ${kb(all[0] ?? 0)}`);
  const pages = await Promise.all(results.map(async (result) => (await PDFDocument.load(readFileSync(cachedPdf(path.join(work, 'cache'), result.key)), { updateMetadata: false })).getPageCount()));
  console.log(`School brochures: ${Math.min(...pages)} to ${Math.max(...pages)} pages`);
  started = performance.now();
  const catalogue = await renderer.renderCatalogue(content, { date: setup.date, documentId: '0'.repeat(32) });
  console.log(`Catalogue brochure: ${kb(catalogue.bytes.length)}, drawn in ${(performance.now() - started).toFixed(0)} ms`);

  // 4. Tagging's cost, like for like: the sample's plans drawn tagged and untagged.
  const untagged = await nodeRenderer(fonts, { untagged: true });
  const bytes = { tagged: 0, untagged: 0 };
  for (const job of sample) {
    const part = jobContent(shared, jobPart(content, job));
    const plan = await renderer.planSchool(part, job.schoolId!);
    const meta = { date: setup.date, documentId: '0'.repeat(32) };
    bytes.tagged += (await renderer.draw(plan, part, meta)).length;
    bytes.untagged += (await untagged.draw(plan, part, meta)).length;
  }
  const perBrochure = (total: number) => `${(total / sample.length / 1024).toFixed(1)} KB`;
  console.log(`Tagging: ${perBrochure(bytes.tagged)} tagged against ${perBrochure(bytes.untagged)} untagged on average, +${((bytes.tagged / bytes.untagged - 1) * 100).toFixed(1)}% (the ${sample.length} brochures of the 1-core sample)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
