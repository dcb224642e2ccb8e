/**
 * Screenshots of /aanbod/ with a search and filters applied, for the README:
 * docs/zoeken-desktop.png (1280 px) and docs/zoeken-mobiel.png (375 px).
 * Run after `npm run build`: `node scripts/screenshots.ts [dist folder]`.
 */
import path from 'node:path';
import { launchBrowser, openPage, searchResultLinks } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const search = 'aanbod/?q=lezen&aanbod=keuze&schooltype=po';
const shots = [
  { file: 'docs/zoeken-desktop.png', width: 1280, height: 1000 },
  { file: 'docs/zoeken-mobiel.png', width: 375, height: 1400 },
];

const site = await serveStatic(dist);
const running = await launchBrowser();
try {
  for (const shot of shots) {
    const { page, context } = await openPage(running.browser, { width: shot.width, height: shot.height });
    await page.goto(`${site.url}${search}`);
    while ((await searchResultLinks(page)).length === 0) await page.waitForTimeout(100);
    await page.screenshot({ path: path.join(root, shot.file) });
    await context.close();
    console.log(`Wrote ${shot.file}`);
  }
} finally {
  await running.close();
  await site.close();
}
