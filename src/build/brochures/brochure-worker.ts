/** A worker thread that draws brochures: it gets the content once, then one job per message. */
import { parentPort, workerData } from 'node:worker_threads';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import type { FontFiles } from '../../brochure/draw/font-kit.ts';
import type { BrochureJob } from './brochure-jobs.ts';
import { nodeRenderer, renderJob } from './render-job.ts';

export interface WorkerSetup {
  content: BrochureContent;
  fonts: FontFiles;
  cacheDir: string;
}

const { content, fonts, cacheDir } = workerData as WorkerSetup;
const renderer = await nodeRenderer(fonts);

parentPort?.on('message', async (job: BrochureJob) => {
  try {
    parentPort?.postMessage({ ok: true, result: await renderJob(renderer, content, job, cacheDir) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, key: job.key, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
