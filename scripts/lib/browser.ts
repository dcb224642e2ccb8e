/**
 * Debian's Chromium driven by playwright-core (no browser download: none is reachable), for the
 * browser tests and the scripts that look at the built site (screenshots, search quality, audit,
 * benchmark): launched without reaching any other host, each page watched for requests to other
 * hosts, script errors, failed loads and dialogs.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How long a browser test waits for the page to catch up. Generous on purpose: on a 2-core
 * machine that also runs builds and other browsers, a search that takes 50 ms alone can take
 * seconds; a page that really is wrong still fails, only later.
 */
export const PAGE_WAIT_MS = 20_000;

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

/** Waits until the search island has loaded Pagefind and shown its form. */
export async function waitForSearchReady(page: Page): Promise<void> {
  await page.locator('[data-search][data-ready]').waitFor({ state: 'visible' });
}
