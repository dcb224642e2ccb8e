/**
 * Real-browser testing with Debian's Chromium driven by playwright-core (no browser download:
 * none is reachable). Browser test files call `describeInBrowser`, which skips them with a
 * clear reason when Chromium is missing locally, and fails them in CI, where it must run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticSite } from './static-server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How long a browser test waits for the page to catch up. Generous on purpose: on a 2-core
 * machine that also runs builds and other browsers, a search that takes 50 ms alone can take
 * seconds; a page that really is wrong still fails, only later.
 */
export const PAGE_WAIT_MS = 20_000;

/**
 * `expect.poll` with the browser tests' patience: retries the check until it passes or
 * PAGE_WAIT_MS is up. Use it for anything the page changes after an action or a load.
 */
export function eventually<T>(check: () => T | Promise<T>) {
  return expect.poll(check, { timeout: PAGE_WAIT_MS, interval: 100 });
}

/** Flags that let Chromium run headless in containers without reaching any other host. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why browser tests cannot run here, or undefined when they can. */
export function browserUnavailableReason(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `Chromium was not found at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`;
}

/**
 * `describe` for browser tests: skipped, with a warning saying why, when Chromium is missing;
 * in CI (`CI` set) the tests run anyway and fail on the missing browser, so CI never passes silently.
 */
export function describeInBrowser(name: string, body: () => void): void {
  const reason = browserUnavailableReason();
  const skip = reason !== undefined && !process.env.CI;
  if (skip) console.warn(`\n⚠ Browser tests skipped ("${name}"): ${reason}\n`);
  describe.skipIf(skip)(name, () => {
    // A failing test of its own makes a missing browser in CI a counted failure, not just a broken hook.
    if (reason) test('Chromium is available for the browser tests', () => expect.fail(reason));
    body();
  });
}

export interface RunningBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** Launches Chromium; playwright gives every launch a fresh, throw-away profile of its own. */
export async function launchBrowser(): Promise<RunningBrowser> {
  const reason = browserUnavailableReason();
  if (reason) throw new Error(`Browser tests cannot run: ${reason}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return { browser, close: () => browser.close() };
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Requests to any host other than 127.0.0.1: the site must make none. */
  foreignRequests: string[];
  /** Uncaught errors and console errors on the page. */
  pageErrors: string[];
  /** Same-site requests answered with an error status (the browser's own /favicon.ico probe aside). */
  failedRequests: string[];
  /** Messages of alert, confirm and prompt dialogs (dismissed): content run as script would open one. */
  dialogs: string[];
}

/** A page in its own context that records requests to other hosts and script errors. */
export async function openPage(browser: Browser, options: { width?: number; height?: number; javaScript?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScript ?? true,
    locale: 'nl-NL',
  });
  context.setDefaultTimeout(PAGE_WAIT_MS);
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // Failed loads are recorded with their address by the response listener below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  return { page, context, foreignRequests, pageErrors, failedRequests, dialogs };
}

/** Hrefs of the search results on /aanbod/, in order; empty while the result list is hidden. */
export function searchResultLinks(page: Page): Promise<string[]> {
  return page
    .locator('[data-search-results]:not([hidden]) .card-title a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** What a screen reader reads as the element's description: the texts its aria-describedby names. */
export const descriptionOf = (locator: Locator): Promise<string> =>
  locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );

/** Waits until the search island has loaded Pagefind and shown its form. */
export async function waitForSearchReady(page: Page): Promise<void> {
  await page.locator('[data-search][data-ready]').waitFor({ state: 'visible' });
}

export interface BrowserSession {
  /** The served site's address including its base path, ending in `/`. */
  readonly url: string;
  readonly site: StaticSite;
  readonly browser: Browser;
  /**
   * Opens a page of the site in a fresh context. After each test, every page opened this way is
   * checked (no request to another host, no script error, no failed load, no dialog) and closed.
   */
  open(pathAndQuery: string, options?: Parameters<typeof openPage>[1]): Promise<WatchedPage>;
}

/** Serves a built site and launches Chromium for the tests of one `describeInBrowser` block. */
export function useBrowserSession(dist: string, basePath = '/'): BrowserSession {
  let site: StaticSite | undefined;
  let running: RunningBrowser | undefined;
  const opened: WatchedPage[] = [];

  beforeAll(async () => {
    site = await serveStatic(dist, basePath);
    running = await launchBrowser();
  });
  afterAll(async () => {
    await running?.close();
    await site?.close();
  });
  afterEach(async () => {
    const watchedPages = opened.splice(0);
    // Closed first, so a failed check below leaves no page behind for the next test.
    await Promise.all(watchedPages.map((watched) => watched.context.close()));
    for (const watched of watchedPages) {
      expect(watched.foreignRequests, 'requests to hosts other than 127.0.0.1').toEqual([]);
      expect(watched.pageErrors, 'script errors on the page').toEqual([]);
      expect(watched.failedRequests, 'failed requests').toEqual([]);
      expect(watched.dialogs, 'dialogs opened by a script').toEqual([]);
    }
  });

  const session: BrowserSession = {
    get site() {
      if (!site) throw new Error('The site is served only once the tests run');
      return site;
    },
    get url() {
      return session.site.url;
    },
    get browser() {
      if (!running) throw new Error('Chromium is launched only once the tests run');
      return running.browser;
    },
    async open(pathAndQuery, options) {
      const watched = await openPage(session.browser, options);
      opened.push(watched);
      await watched.page.goto(`${session.url}${pathAndQuery}`);
      return watched;
    },
  };
  return session;
}
