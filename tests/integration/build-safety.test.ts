/**
 * The build's own safety: it never replaces a folder that is not its own, publishes a new site
 * even when an old file cannot be removed (and says so), and a lock left by a process whose id
 * now belongs to another process does not make it wait.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pruneUnused, readChecked, writeChecked } from '../../src/integration/checked-cache.ts';
import { codeHash } from '../../src/integration/code-hash.ts';
import { BUILD_MARKER, outDirRefusal } from '../../src/integration/out-dir-guard.ts';
import { acquireProjectLock, processStarted } from '../../src/integration/project-lock.ts';
import { createStaging } from '../../src/integration/staging.ts';
import { contentWith } from '../support/content-fixture.ts';
import { runBuild } from '../support/run-build.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-safety-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const folder = (name: string, files: Record<string, string> = {}) => {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
};

describe('where a build may write', () => {
  const root = folder('project');
  const contentDir = folder('project/content', { 'site.yaml': 'title: x\n' });
  const places = (outDir: string) => ({ outDir, root, contentDir, defaultOutDir: path.join(root, 'dist') });

  test('never the content folder, the project root or a folder above either', () => {
    expect(outDirRefusal(places(contentDir))).toBe('holds-content');
    expect(outDirRefusal(places(root))).toBe('holds-project');
    expect(outDirRefusal(places(scratch))).toBe('holds-project');
    expect(outDirRefusal(places('/'))).toBe('holds-project');
    const elsewhere = folder('elders/inhoud', { 'site.yaml': 'title: x\n' });
    expect(outDirRefusal({ ...places(path.dirname(elsewhere)), contentDir: elsewhere })).toBe('holds-content');
  });

  test('not a folder of other files, but a new or empty one, the default dist/ or an earlier build', () => {
    expect(outDirRefusal(places(folder('eigen', { 'notities.txt': 'bewaren' })))).toBe('not-a-build');
    expect(outDirRefusal(places(path.join(scratch, 'nieuw')))).toBeUndefined();
    expect(outDirRefusal(places(folder('leeg')))).toBeUndefined();
    expect(outDirRefusal(places(folder('project/dist', { 'index.html': '' })))).toBeUndefined();
    expect(outDirRefusal(places(folder('vorige', { [BUILD_MARKER]: '' })))).toBeUndefined();
    expect(outDirRefusal(places(folder('oude-build', { 'pagefind/x': '', 'brochures/x.pdf': '' })))).toBeUndefined();
  });
});

describe('publishing the staging folder', () => {
  test('an old file that cannot be removed still publishes the new site, marked as a build, and names what was left', () => {
    const outDir = folder('site', { 'oud.html': 'oud' });
    const failing = (dir: string) => {
      if (dir.endsWith('-previous')) throw Object.assign(new Error(`EACCES: permission denied, unlink '${dir}/oud.html'`), { code: 'EACCES' });
      rmSync(dir, { recursive: true, force: true });
    };
    const staging = createStaging(outDir, failing);
    folder(path.relative(scratch, staging.dir), { 'index.html': 'nieuw' });
    const result = staging.publish();
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('nieuw');
    expect(readdirSync(outDir).sort()).toEqual([BUILD_MARKER, 'index.html']);
    expect(result.leftOver).toMatch(/-previous$/);
    expect(result.reason).toContain('EACCES');
  });
});

describe('staging folders left by a build that was killed outright', () => {
  test('are removed by the next build once their process is gone; a running build keeps its own', () => {
    const outDir = folder('killed/site');
    const gone = folder('killed/.build-staging/site-999999999-1', { 'index.html': 'half a site' });
    const goneSwap = folder('killed/.build-staging/site-999999999-1-previous', { 'index.html': 'an old site' });
    const running = folder(`killed/.build-staging/site-${process.pid}-1`, { 'index.html': 'being built' });
    const otherOutput = folder('killed/.build-staging/elders-999999999-1');
    const staging = createStaging(outDir);
    expect(readdirSync(path.dirname(staging.dir)).sort()).toEqual([path.basename(otherOutput), path.basename(running)].sort());
    expect([gone, goneSwap].some((dir) => readdirSync(path.dirname(dir)).includes(path.basename(dir)))).toBe(false);
  });
});

describe('the project lock', () => {
  test('a lock whose process id now belongs to another live process is taken over at once', async () => {
    const root = folder('lock-reused');
    mkdirSync(path.join(root, '.astro'), { recursive: true });
    // This very process is alive, but it started at another time than the lock says: a reused pid.
    writeFileSync(path.join(root, '.astro', 'build.lock'), JSON.stringify({ pid: process.pid, host: os.hostname(), started: '1' }));
    let waited = false;
    const release = await acquireProjectLock(root, () => (waited = true));
    expect(waited).toBe(false);
    release();
  });

  test('a lock held by a running build is waited for', async () => {
    const root = folder('lock-held');
    mkdirSync(path.join(root, '.astro'), { recursive: true });
    writeFileSync(path.join(root, '.astro', 'build.lock'), JSON.stringify({ pid: process.ppid, host: os.hostname(), started: processStarted(process.ppid) }));
    let waited = false;
    const taking = acquireProjectLock(root, () => (waited = true));
    await expect.poll(() => waited).toBe(true);
    rmSync(path.join(root, '.astro', 'build.lock'));
    (await taking)();
  });
});

describe('the brochure cache', () => {
  test('a truncated cache entry reads as missing, so it is drawn again instead of shipped', () => {
    const dir = folder('cache-truncated');
    const file = path.join(dir, 'abc.pdf');
    writeChecked(file, Buffer.from('%PDF-1.7 a whole brochure %%EOF'));
    expect(readChecked(file)?.toString()).toContain('%%EOF');
    writeFileSync(file, '%PDF-1.7 a who');
    expect(readChecked(file)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('an entry without its digest (a build stopped between the two writes) reads as missing', () => {
    const dir = folder('cache-no-digest', { 'abc.pdf': '%PDF-1.7' });
    expect(readChecked(path.join(dir, 'abc.pdf'))).toBeUndefined();
  });

  test('entries no build used for a while are pruned; used ones stay', () => {
    const dir = folder('cache-prune');
    writeChecked(path.join(dir, 'old.pdf'), Buffer.from('old'));
    writeChecked(path.join(dir, 'used.pdf'), Buffer.from('used'));
    const longAgo = new Date('2020-01-01');
    utimesSync(path.join(dir, 'old.pdf'), longAgo, longAgo);
    utimesSync(path.join(dir, 'used.pdf'), longAgo, longAgo);
    readChecked(path.join(dir, 'used.pdf'));
    expect(pruneUnused(dir, new Date(Date.now() - 30 * 24 * 60 * 60 * 1000))).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['used.pdf', 'used.pdf.sha256']);
  });
});

describe('caches keyed by the code that made them', () => {
  test("a change to any source file in the folders gives another hash, so an updated sanitiser or renderer never reuses an older one's work", () => {
    const root = folder('code', { 'core/money.ts': 'export const a = 1;\n', 'integration/bodies/safe.ts': 'export const b = 2;\n', 'integration/other.ts': '' });
    const hash = () => codeHash(['core', 'integration/bodies'], ['pdf-lib'], root);
    const first = hash();
    expect(hash()).toBe(first);
    writeFileSync(path.join(root, 'core', 'notes.md'), 'not code');
    writeFileSync(path.join(root, 'integration', 'other.ts'), 'outside the folders');
    expect(hash()).toBe(first);
    writeFileSync(path.join(root, 'integration/bodies/safe.ts'), 'export const b = 3;\n');
    expect(hash()).not.toBe(first);
  });
});

describe('a build pointed at the content folder', () => {
  test('exits 1 with a message naming the folder, and the content is still there', async () => {
    const contentDir = contentWith({});
    const before = readdirSync(contentDir, { recursive: true }).length;
    const run = await runBuild({ contentDir, outDir: contentDir });
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain('is de inhoudsmap of een map daarboven');
    expect(readdirSync(contentDir, { recursive: true }).length).toBe(before);
  }, 120_000);
});
