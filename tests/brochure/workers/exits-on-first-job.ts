/** A brochure worker that dies without an error event: it exits as soon as it is given a job. */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => process.exit(Number(process.env.EXIT_CODE ?? 1)));
