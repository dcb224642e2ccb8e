/** A worker thread that draws brochures: it gets the fonts and the shared content once, then one job per message with the rest of what that brochure is drawn from. */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { FontFiles } from '../../brochure/draw/font-kit.ts';
import type { BrochureJob } from './brochure-jobs.ts';
import { jobContent, type JobPart, type SharedContent } from './job-content.ts';
import { nodeRenderer, renderJob, type JobSetup } from './render-job.ts';

export interface WorkerSetup extends JobSetup {
  fonts: FontFiles;
  shared: SharedContent;
}

export interface WorkerTask {
  job: BrochureJob;
  part: JobPart;
}

/**
 * Brochures are drawn alongside the Astro build on the same cores; Astro's content sync slowed
 * from ~20 s to ~100 s at 5,000 interventions when the workers took their equal share. A lower
 * priority for the drawing threads lets Astro go first and the brochures take whatever core is
 * idle, and once Astro is done they have every core anyway. Linux's setpriority takes a thread
 * id, so this lowers this thread alone; elsewhere it is skipped.
 */
const BROCHURE_THREAD_NICENESS = 10;

function lowerThisThreadsPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (threadId > 0) setPriority(threadId, BROCHURE_THREAD_NICENESS);
  } catch {
    // Not Linux, or not allowed: the brochures simply keep the normal priority.
  }
}

lowerThisThreadsPriority();
const { fonts, shared, ...setup } = workerData as WorkerSetup;
const renderer = await nodeRenderer(fonts);

async function draw({ job, part }: WorkerTask): Promise<void> {
  try {
    parentPort?.postMessage({ ok: true, result: await renderJob(renderer, jobContent(shared, part), job, setup) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

// The pool sends the next job before this one is done: jobs are drawn one after another, in order.
let drawn = Promise.resolve();
parentPort?.on('message', (task: WorkerTask) => {
  drawn = drawn.then(() => draw(task));
});
