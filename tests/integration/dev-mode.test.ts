/**
 * `npm run dev` checks the content as the build does: a broken school file gives a Dutch page
 * naming file, field and value instead of the site, and the site comes back once it is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { acquireProjectLock } from '../../src/integration/project-lock.ts';
import { describeInBrowser, launchBrowser, type RunningBrowser } from '../support/browser.ts';
import { contentWith } from '../support/content-fixture.ts';
import { projectRoot } from '../support/run-build.ts';

/** A 2-core machine shared with other builds: starting Astro and re-checking may take a while. */
const SLOW = { timeout: 90_000, intervals: [500, 1000, 2000] };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits, outside a test, until the dev server answers. */
async function waitForServer(address: string): Promise<void> {
  const deadline = Date.now() + SLOW.timeout;
  let last = 0;
  while ((last = await status(address)) !== 200) {
    if (devExited || Date.now() > deadline) throw new Error(`astro dev did not start (last answer ${last}):\n${devOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function status(url: string): Promise<number> {
  try {
    return (await fetch(url, { headers: { accept: 'text/html' } })).status;
  } catch {
    return 0;
  }
}

/** The environment a user's `npm run dev` has: vitest's NODE_ENV=test would make Astro serve no pages. */
function devEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1', NODE_ENV: 'development' };
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'BASE_PATH') delete env[name];
  return env;
}

let contentDir: string;
let dev: ChildProcess | undefined;
let devOutput = '';
let devExited = false;
let running: RunningBrowser | undefined;
let releaseLock: (() => void) | undefined;
let page: Page;
let url: string;
const schoolFile = () => path.join(contentDir, 'schools/de-linde.yaml');

describeInBrowser('npm run dev', () => {
  beforeAll(async () => {
    // Dev mode writes Astro's generated modules in .astro/ as a build does: take turns with the builds of other tests.
    releaseLock = await acquireProjectLock(projectRoot, () => {});
    contentDir = contentWith({});
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    dev = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: projectRoot,
      env: devEnvironment(),
    });
    dev.on('exit', () => (devExited = true));
    dev.stdout?.on('data', (chunk: Buffer) => (devOutput += chunk));
    dev.stderr?.on('data', (chunk: Buffer) => (devOutput += chunk));
    await waitForServer(url);
    running = await launchBrowser();
    page = await running.browser.newPage();
  });

  afterAll(async () => {
    await running?.close();
    dev?.kill();
    rmSync(contentDir, { recursive: true, force: true });
    releaseLock?.();
  });

  test('a school choosing an unknown intervention gets a Dutch page naming file, field and value; fixing it brings the site back', async () => {
    const original = readFileSync(schoolFile(), 'utf8');
    writeFileSync(schoolFile(), original.replace('intervention: leesclub\n', 'intervention: leesclubb\n'));
    await expect.poll(() => status(`${url}scholen/de-linde/`), SLOW).toBe(500);

    await page.goto(`${url}scholen/de-linde/`);
    await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe('De inhoud heeft 1 probleem');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const row = (await page.locator('.problem').first().innerText()).replace(/\s+/g, ' ');
    expect(row).toContain('schools/de-linde.yaml');
    expect(row).toContain('leesclubb');
    expect(row).toMatch(/choices, keuze 1/);
    expect(await page.content()).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    expect(devOutput).toContain('leesclubb');

    writeFileSync(schoolFile(), original);
    // The problem page reloads itself: the school's own page comes back without a manual reload.
    await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe('Basisschool De Linde');
  });

  test('an edited intervention shows on its page without a restart, and so does the edit undone', async () => {
    const file = path.join(contentDir, 'interventions/leesclub.mdx');
    const original = readFileSync(file, 'utf8');
    const title = async () => /<h1[^>]*>([^<]*)<\/h1>/.exec(await (await fetch(`${url}aanbod/leesclub/`, { headers: { accept: 'text/html' } })).text())?.[1];
    writeFileSync(file, original.replace('title: Leesclub\n', 'title: Leesclub voor de bovenbouw\n'));
    await expect.poll(title, SLOW).toBe('Leesclub voor de bovenbouw');

    writeFileSync(file, original);
    await expect.poll(title, SLOW).toBe('Leesclub');
  });

  test('brochures and the search index answer with a Dutch note that they appear after npm run build', async () => {
    for (const address of ['brochures/de-linde.pdf', 'aanbod.pdf', 'pagefind/pagefind.js']) {
      const response = await fetch(`${url}${address}`);
      expect(response.status, address).toBe(404);
      const text = await response.text();
      expect(text, address).toContain('alleen gemaakt door <code>npm run build</code>');
    }
  });
});
