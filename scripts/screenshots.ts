/**
 * Screenshots for the README, at 1280 px (desktop) and 375 px (phone): /aanbod/ with a search
 * and filters applied, /keuzes/ with a school's registered choices loaded and one of its own
 * added, and the /scholen/ overview. Run after `npm run build`:
 * `npx node scripts/screenshots.ts [dist folder]`.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, searchResultLinks } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));

interface Scene {
  name: string;
  address: string;
  /** Brings the page into the state the screenshot shows. */
  prepare?: (page: Page) => Promise<void>;
}

const scenes: Scene[] = [
  {
    name: 'zoeken',
    address: 'aanbod/?q=lezen&aanbod=keuze&schooltype=po',
    prepare: async (page) => {
      while ((await searchResultLinks(page)).length === 0) await page.waitForTimeout(100);
    },
  },
  {
    name: 'keuzes',
    address: 'keuzes/',
    prepare: async (page) => {
      const stored = { version: 1, items: [{ intervention: 'huiswerkbegeleiding', quantity: 2, note: 'Groep 7 en 8' }] };
      await page.evaluate((value) => localStorage.setItem('aanbodgids:keuzes', value), JSON.stringify(stored));
      await page.reload();
      await page.locator('[data-choices]:not([hidden])').waitFor();
      await page.getByLabel('School', { exact: true }).selectOption('obs-de-regenboog');
      await page.getByRole('button', { name: 'Voeg ze toe aan mijn keuzes', exact: true }).click();
      await page.locator('[data-items] tr').nth(3).waitFor();
    },
  },
  { name: 'scholen', address: 'scholen/' },
];
const screens = [
  { suffix: 'desktop', width: 1280, height: 1000 },
  { suffix: 'mobiel', width: 375, height: 1400 },
];

const site = await serveStatic(dist);
const running = await launchBrowser();
try {
  for (const scene of scenes) {
    for (const screen of screens) {
      const { page, context } = await openPage(running.browser, { width: screen.width, height: screen.height });
      await page.goto(`${site.url}${scene.address}`);
      await scene.prepare?.(page);
      const file = `docs/${scene.name}-${screen.suffix}.png`;
      await page.screenshot({ path: path.join(root, file) });
      await context.close();
      console.log(`Wrote ${file}`);
    }
  }
} finally {
  await running.close();
  await site.close();
}
