/**
 * Draws brochures on every core: one worker thread per core (at most one per job), each taking
 * the next job when it finishes one. With `workers: 0` the jobs run in this thread (tests, tiny builds).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import type { FontFiles } from '../../brochure/draw/font-kit.ts';
import type { BrochureJob } from './brochure-jobs.ts';
import type { WorkerSetup } from './brochure-worker.ts';
import { nodeRenderer, renderJob, type JobResult } from './render-job.ts';

type WorkerReply = { ok: true; result: JobResult } | { ok: false; key: string; message: string };

export interface PoolOptions {
  content: BrochureContent;
  fonts: FontFiles;
  cacheDir: string;
  /** Worker threads to use; defaults to the number of cores. */
  workers?: number;
}

async function inThisThread(jobs: BrochureJob[], options: PoolOptions): Promise<JobResult[]> {
  const renderer = await nodeRenderer(options.fonts);
  const results: JobResult[] = [];
  for (const job of jobs) results.push(await renderJob(renderer, options.content, job, options.cacheDir));
  return results;
}

function runWorker(queue: BrochureJob[], setup: WorkerSetup, results: JobResult[]): Promise<void> {
  const worker = new Worker(new URL('./brochure-worker.ts', import.meta.url), { workerData: setup });
  return new Promise<void>((resolve, reject) => {
    const next = () => {
      const job = queue.shift();
      if (job) worker.postMessage(job);
      else void worker.terminate().then(() => resolve());
    };
    worker.on('message', (reply: WorkerReply) => {
      if (!reply.ok) {
        queue.length = 0;
        void worker.terminate();
        reject(new Error(`Drawing a brochure failed: ${reply.message}`));
        return;
      }
      results.push(reply.result);
      next();
    });
    worker.on('error', reject);
    worker.on('online', next);
  });
}

export async function renderInPool(jobs: BrochureJob[], options: PoolOptions): Promise<JobResult[]> {
  if (jobs.length === 0) return [];
  const workers = Math.min(options.workers ?? availableParallelism(), jobs.length);
  if (workers <= 0) return inThisThread(jobs, options);
  const queue = [...jobs];
  const results: JobResult[] = [];
  const setup: WorkerSetup = { content: options.content, fonts: options.fonts, cacheDir: options.cacheDir };
  await Promise.all(Array.from({ length: workers }, () => runWorker(queue, setup, results)));
  return results;
}
