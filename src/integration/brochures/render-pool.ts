/**
 * Draws brochures on every core: one worker thread per core (at most one per job), each taking
 * the next job when it finishes one, holding only what its brochures are drawn from (job-content.ts).
 * With `workers: 0` the jobs run in this thread (tests, tiny builds). A worker that fails or stops
 * fails the whole run: a build must never hang or publish without its brochures.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import type { FontFiles } from '../../brochure/draw/font-kit.ts';
import type { BrochureJob } from './brochure-jobs.ts';
import type { WorkerSetup, WorkerTask } from './brochure-worker.ts';
import { jobContent, jobPart, sharedContent, type SharedContent } from './job-content.ts';
import { nodeRenderer, renderJob, type JobResult, type JobSetup } from './render-job.ts';

type WorkerReply = { ok: true; result: JobResult } | { ok: false; message: string };

export interface PoolOptions extends JobSetup {
  content: BrochureContent;
  fonts: FontFiles;
  /** Worker threads to use; defaults to the number of cores. */
  workers?: number;
  /** The worker's script; tests hand in one that misbehaves. */
  workerScript?: URL;
}

const BROCHURE_WORKER = new URL('./brochure-worker.ts', import.meta.url);

async function inThisThread(jobs: BrochureJob[], options: PoolOptions): Promise<JobResult[]> {
  const renderer = await nodeRenderer(options.fonts);
  const shared = sharedContent(options.content);
  const results: JobResult[] = [];
  for (const job of jobs) results.push(await renderJob(renderer, jobContent(shared, jobPart(options.content, job)), job, options));
  return results;
}

/**
 * Jobs sent to a worker ahead of the one it draws: the next one is waiting when it finishes, so
 * it never idles while this thread hears the reply and prepares the next job's content.
 */
const JOBS_IN_FLIGHT = 2;

function runWorker(queue: BrochureJob[], options: PoolOptions, shared: SharedContent, results: JobResult[]): Promise<void> {
  const { fonts, cacheDir, hashes, date } = options;
  const worker = new Worker(options.workerScript ?? BROCHURE_WORKER, { workerData: { fonts, shared, cacheDir, hashes, date } satisfies WorkerSetup });
  /** Sent and not yet answered, in the order the worker draws them: the first is the one it is drawing. */
  const inFlight: BrochureJob[] = [];
  let finished = false;
  return new Promise<void>((resolve, reject) => {
    const drawing = () => inFlight[0]?.output;
    const fail = (message: string) => {
      if (finished) return;
      finished = true;
      queue.length = 0;
      void worker.terminate();
      reject(new Error(message));
    };
    const send = () => {
      while (inFlight.length < JOBS_IN_FLIGHT && queue.length > 0) {
        const job = queue.shift()!;
        inFlight.push(job);
        worker.postMessage({ job, part: jobPart(options.content, job) } satisfies WorkerTask);
      }
      if (inFlight.length === 0) {
        finished = true;
        void worker.terminate().then(() => resolve());
      }
    };
    worker.on('message', (reply: WorkerReply) => {
      if (!reply.ok) return fail(`Drawing ${drawing() ?? 'a brochure'} failed: ${reply.message}`);
      inFlight.shift();
      results.push(reply.result);
      send();
    });
    worker.on('error', (error) => fail(`A brochure worker failed${drawing() ? ` while drawing ${drawing()}` : ''}: ${error.stack ?? error.message}`));
    worker.on('exit', (code) =>
      fail(`A brochure worker stopped unexpectedly (exit code ${code})${drawing() ? ` while drawing ${drawing()}` : ''}; the brochures were not made. Run the build again; if it stops again, report it with this message.`),
    );
    worker.on('online', send);
  });
}

export async function renderInPool(jobs: BrochureJob[], options: PoolOptions): Promise<JobResult[]> {
  if (jobs.length === 0) return [];
  const workers = Math.min(options.workers ?? availableParallelism(), jobs.length);
  if (workers <= 0) return inThisThread(jobs, options);
  const queue = [...jobs];
  const shared = sharedContent(options.content);
  const results: JobResult[] = [];
  await Promise.all(Array.from({ length: workers }, () => runWorker(queue, options, shared, results)));
  return results;
}
