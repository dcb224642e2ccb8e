/**
 * Real-browser testing (scripts/lib/browser.ts launches Chromium). Browser test files call
 * `describeInBrowser`, which skips them with a clear reason when Chromium is missing locally,
 * and fails them in CI, where it must run.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { browserUnavailableReason, launchBrowser, openPage, PAGE_WAIT_MS, type RunningBrowser, type WatchedPage } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { basePathOf, BUILD_WAIT_MS, builtSite, type FixtureSite } from './fixture-sites.ts';

export { launchBrowser, searchResultLinks, waitForSearchReady, type RunningBrowser } from '../../scripts/lib/browser.ts';

/**
 * `expect.poll` with the browser tests' patience: retries the check until it passes or
 * PAGE_WAIT_MS is up. Use it for anything the page changes after an action or a load.
 */
export function eventually<T>(check: () => T | Promise<T>) {
  return expect.poll(check, { timeout: PAGE_WAIT_MS, interval: 100 });
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

/** What a screen reader reads as the element's description: the texts its aria-describedby names. */
export const descriptionOf = (locator: Locator): Promise<string> =>
  locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );

export interface BrowserSession {
  /** The folder of the built site that is served. */
  readonly dist: string;
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

/**
 * Serves a fixture site at its base path (built when first asked for) and launches Chromium for
 * the tests of one `describeInBrowser` block.
 */
export function useBrowserSession(fixture: FixtureSite): BrowserSession {
  let dist: string | undefined;
  let site: StaticSite | undefined;
  let running: RunningBrowser | undefined;
  const opened: WatchedPage[] = [];

  beforeAll(async () => {
    dist = await builtSite(fixture);
    site = await serveStatic(dist, basePathOf(fixture));
    running = await launchBrowser();
  }, BUILD_WAIT_MS);
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
    get dist() {
      if (!dist) throw new Error('The site is built only once the tests run');
      return dist;
    },
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
