/**
 * One brochure: plan it, take its key over the plan, and draw it only when the cache lacks that
 * key. The PDF is stored in the cache under its key. Order letters are drawn through the same cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import fontkit from 'fontkit';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import type { MissingCharacter } from '../../brochure/content/text-guard.ts';
import { brochureKeySource, documentIdOf, type KeyHashes } from '../../brochure/document-key.ts';
import type { FontFiles } from '../../brochure/draw/font-kit.ts';
import { createBrochureRenderer, type BrochurePlan, type BrochureRenderer, type RendererOptions } from '../../brochure/render-brochure.ts';
import { readChecked, writeChecked } from '../checked-cache.ts';
import { logoHashOf, type BrochureJob } from './brochure-jobs.ts';
import { rendererCodeHash } from './renderer-code.ts';

/** The same for every job of a build. */
export interface JobSetup {
  cacheDir: string;
  hashes: KeyHashes;
  /** Every brochure's creation date, ISO 8601. */
  date: string;
}

export interface JobResult extends BrochureJob {
  /** SHA-256 (hex) of what the brochure draws; its PDF is `<key>.pdf` in the cache. */
  key: string;
  /** False when the cache had it already. */
  drawn: boolean;
  warnings: MissingCharacter[];
  bytes: number;
}

export const cachedPdf = (cacheDir: string, key: string): string => path.join(cacheDir, `${key}.pdf`);

/** fontkit 1.9 reads fonts through Buffer methods; bytes that crossed to a worker arrive as plain Uint8Arrays. */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function nodeRenderer(fonts: FontFiles, options: Pick<RendererOptions, 'untagged'> = {}): Promise<BrochureRenderer> {
  return createBrochureRenderer({
    ...options,
    fonts: { regular: asBuffer(fonts.regular), bold: asBuffer(fonts.bold) },
    fontkit,
    // Node's zlib is several times faster than pdf-lib's pako on the content streams.
    compress: (bytes) => deflateSync(bytes),
  });
}

/** What every key of a build holds besides the plan: the renderer's code, the fonts and the logo. */
export function keyHashes(fonts: FontFiles, content: BrochureContent): KeyHashes {
  return { renderer: rendererCodeHash(), fonts: createHash('sha256').update(fonts.regular).update(fonts.bold).digest('hex'), logo: logoHashOf(content) };
}

/**
 * A planned PDF (brochure or order letter) from the cache when it holds it under the plan's key,
 * else drawn and stored there. A cached PDF is used only when its bytes match the digest stored
 * with it; a broken one is drawn again.
 */
export async function drawUnlessCached(renderer: BrochureRenderer, plan: BrochurePlan, content: BrochureContent, setup: JobSetup): Promise<{ key: string; pdf: Uint8Array; drawn: boolean }> {
  const key = createHash('sha256').update(brochureKeySource(plan, setup.hashes, setup.date)).digest('hex');
  const file = cachedPdf(setup.cacheDir, key);
  const cached = readChecked(file);
  if (cached) return { key, pdf: cached, drawn: false };
  const pdf = await renderer.draw(plan, content, { date: setup.date, documentId: documentIdOf(key) });
  mkdirSync(setup.cacheDir, { recursive: true });
  writeChecked(file, pdf);
  return { key, pdf, drawn: true };
}

export async function renderJob(renderer: BrochureRenderer, content: BrochureContent, job: BrochureJob, setup: JobSetup): Promise<JobResult> {
  const plan = job.schoolId ? await renderer.planSchool(content, job.schoolId) : await renderer.planCatalogue(content);
  const { key, pdf, drawn } = await drawUnlessCached(renderer, plan, content, setup);
  return { ...job, key, drawn, warnings: plan.warnings, bytes: pdf.length };
}
