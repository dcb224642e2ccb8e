/**
 * A broken cache never ships and never stops a build: a real build of the small test catalogue
 * over a cache whose brochures and fonts are cut short and whose content store is garbage draws
 * the brochures again, publishes the same bytes as a clean build, and prunes what no build used.
 * The catalogue is built from a copy outside the project, so the same build also shows that what
 * is published depends on the content alone, not on the folder it lies in.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeChecked } from '../../src/integration/checked-cache.ts';
import { resolveOptions } from '../../src/integration/options.ts';
import { contentWith } from '../support/content-fixture.ts';
import { projectRoot, runBuild, testBuildsDir, type BuildRun } from '../support/run-build.ts';
import { builtSite } from '../support/fixture-sites.ts';

const outDir = path.join(testBuildsDir, 'broken-cache');
const cacheDir = path.join(testBuildsDir, 'broken-cache-cache');
afterAll(() => [outDir, `${outDir}-reports`, cacheDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The published brochures of a build, by their path in the site. */
function brochuresOf(dist: string): Map<string, Buffer> {
  const files = ['aanbod.pdf', ...readdirSync(path.join(dist, 'brochures')).filter((name) => name.endsWith('.pdf')).map((name) => `brochures/${name}`)];
  return new Map(files.map((file) => [file, readFileSync(path.join(dist, file))]));
}

/**
 * The cache entries (file and digest) that hold these PDFs, copied from the cache the shared
 * builds filled; each copy is then cut to half its length, as a build killed while writing would.
 */
function copyCutShort(from: string, to: string, digests: Set<string>, extension: string): number {
  mkdirSync(to, { recursive: true });
  let copied = 0;
  for (const name of readdirSync(from).filter((entry) => entry.endsWith(`${extension}.sha256`))) {
    const entry = name.slice(0, -'.sha256'.length);
    try {
      if (digests.size > 0 && !digests.has(readFileSync(path.join(from, name), 'utf8').trim())) continue;
      copyFileSync(path.join(from, entry), path.join(to, entry));
      copyFileSync(path.join(from, name), path.join(to, name));
    } catch {
      continue; // an entry another build is replacing just now
    }
    truncateSync(path.join(to, entry), Math.floor(readFileSync(path.join(to, entry)).length / 2));
    copied++;
  }
  return copied;
}

const unusedEntry = path.join(cacheDir, 'brochures', 'unused.pdf');
let clean: Map<string, Buffer>;
let run: BuildRun;
/** A copy of the small test catalogue in the system's temporary folder, outside the project. */
const contentDir = contentWith({});

beforeAll(async () => {
  clean = brochuresOf(await builtSite('minimal'));
  const shared = resolveOptions({}, projectRoot).brochureCacheDir;
  const cutPdfs = copyCutShort(path.join(shared, 'brochures'), path.join(cacheDir, 'brochures'), new Set([...clean.values()].map(sha256)), '.pdf');
  expect(cutPdfs).toBe(clean.size);
  expect(copyCutShort(path.join(shared, 'fonts'), path.join(cacheDir, 'fonts'), new Set(), '.ttf')).toBeGreaterThan(0);
  const { astroCacheDir } = resolveOptions({}, projectRoot, { AANBODGIDS_CACHE_DIR: cacheDir, CONTENT_DIR: contentDir });
  mkdirSync(astroCacheDir, { recursive: true });
  writeFileSync(path.join(astroCacheDir, 'data-store.json'), '{"broken');
  // An entry no build has used for two months.
  writeChecked(unusedEntry, Buffer.from('%PDF-1.7 an old brochure'));
  const longAgo = new Date(Date.now() - 60 * 24 * 60 * 60 * 1000);
  utimesSync(unusedEntry, longAgo, longAgo);

  run = await runBuild({ contentDir, outDir, env: { BASE_PATH: '/npo-aanbod/', AANBODGIDS_CACHE_DIR: cacheDir } });
}, 300_000);

test('the build succeeds and draws every brochure whose cached copy was cut short', () => {
  expect(run.exitCode, run.output).toBe(0);
  expect(run.output).toContain(`Brochures: ${clean.size} getekend, 0 ongewijzigd uit de cache`);
});

test('every published brochure is whole: pdf-lib reads it and its bytes are those of a clean build', async () => {
  const published = brochuresOf(outDir);
  expect([...published.keys()].sort()).toEqual([...clean.keys()].sort());
  for (const [file, bytes] of published) {
    await expect(PDFDocument.load(bytes), file).resolves.toBeInstanceOf(PDFDocument);
    expect(bytes.equals(clean.get(file)!), file).toBe(true);
  }
});

test('the cache holds the whole brochures again, and an entry no build used for a while is pruned', () => {
  const folder = path.join(cacheDir, 'brochures');
  const cached = readdirSync(folder).filter((name) => name.endsWith('.pdf'));
  // Every entry is whole (its bytes match its digest); the order letters are cached beside the brochures.
  for (const name of cached) expect(sha256(readFileSync(path.join(folder, name))), name).toBe(readFileSync(path.join(folder, `${name}.sha256`), 'utf8').trim());
  const digests = new Set(cached.map((name) => sha256(readFileSync(path.join(folder, name)))));
  for (const bytes of clean.values()) expect(digests.has(sha256(bytes))).toBe(true);
  expect(cached).not.toContain(path.basename(unusedEntry));
});

test('built from a folder outside the project, brochures/catalogue.json is the same and no published file names that folder', async () => {
  const catalogueJson = (dist: string) => readFileSync(path.join(dist, 'brochures', 'catalogue.json'), 'utf8');
  expect(catalogueJson(outDir)).toBe(catalogueJson(await builtSite('minimal')));
  const naming = (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => {
    const full = path.join(outDir, file);
    return statSync(full).isFile() && readFileSync(full).includes(contentDir);
  });
  expect(naming).toEqual([]);
});
