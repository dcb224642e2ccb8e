/** Draws one brochure and stores it in the cache under its content hash, with its warnings beside it. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import fontkit from 'fontkit';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import type { FontFiles } from '../../brochure/draw/font-kit.ts';
import { createBrochureRenderer, type BrochureRenderer } from '../../brochure/render-brochure.ts';
import type { BrochureJob } from './brochure-jobs.ts';

export interface JobResult {
  key: string;
  warnings: string[];
  bytes: number;
}

export const cachedPdf = (cacheDir: string, key: string): string => path.join(cacheDir, `${key}.pdf`);
export const cachedWarnings = (cacheDir: string, key: string): string => path.join(cacheDir, `${key}.warnings.json`);

/** fontkit 1.9 reads fonts through Buffer methods; bytes that crossed to a worker arrive as plain Uint8Arrays. */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function nodeRenderer(fonts: FontFiles): Promise<BrochureRenderer> {
  return createBrochureRenderer({
    fonts: { regular: asBuffer(fonts.regular), bold: asBuffer(fonts.bold) },
    fontkit,
    // Node's zlib is several times faster than pdf-lib's pako on the content streams.
    compress: (bytes) => deflateSync(bytes),
  });
}

function writeAtomically(file: string, data: Uint8Array | string): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

export async function renderJob(renderer: BrochureRenderer, content: BrochureContent, job: BrochureJob, cacheDir: string): Promise<JobResult> {
  const rendered = job.schoolId ? await renderer.renderSchool(content, job.schoolId, job.meta) : await renderer.renderCatalogue(content, job.meta);
  mkdirSync(cacheDir, { recursive: true });
  writeAtomically(cachedWarnings(cacheDir, job.key), JSON.stringify(rendered.warnings));
  writeAtomically(cachedPdf(cacheDir, job.key), rendered.bytes);
  return { key: job.key, warnings: rendered.warnings, bytes: rendered.bytes.length };
}
