/**
 * A picture of the template for the README, docs/sjabloon.png: its aanbod sheet as Excel shows
 * it (header row, drop-down lists named under the columns that have one) above the first lines
 * of its instructions. Run after `npm run template`: `npx node scripts/template-screenshot.ts [file]`.
 * Drawn from the workbook itself (read back with exceljs) as an HTML table in Chromium.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { escapeHtml } from '../src/core/strings/escape-html.ts';
import { launchBrowser, openPage } from './lib/browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const file = path.resolve(process.argv[2] ?? path.join(root, 'aanbod-sjabloon.xlsx'));

const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(file);
const aanbod = workbook.getWorksheet('aanbod')!;
const columns = 9;
const headers = Array.from({ length: columns }, (_, i) => String(aanbod.getCell(1, i + 1).value ?? ''));
const lists = Array.from({ length: columns }, (_, i) => {
  const validation = aanbod.getCell(2, i + 1).dataValidation;
  if (validation?.type !== 'list') return '';
  const [, letter] = /\$([A-Z])\$/.exec(String(validation.formulae?.[0])) ?? [];
  const words = letter ? workbook.getWorksheet('lijsten')!.getColumn(letter).values.slice(2).map(String) : [];
  return `<span class="list">▾ ${escapeHtml(words.join(' · '))}</span>`;
});
const instructions = workbook.getWorksheet('uitleg')!;
const lines = Array.from({ length: 5 }, (_, i) => String(instructions.getCell(i + 1, 1).value ?? ''));
const letters = headers.map((_, i) => `<th class="letter">${String.fromCharCode(65 + i)}</th>`).join('');
const html = `<!doctype html><meta charset="utf-8"><style>
body { font: 13px Calibri, Carlito, "Noto Sans", sans-serif; margin: 16px; color: #222; }
table { border-collapse: collapse; } td, th { border: 1px solid #d4d4d4; padding: 4px 8px; height: 20px; text-align: left; white-space: nowrap; }
th.letter, td.row { background: #f3f3f3; color: #666; font-weight: normal; text-align: center; }
tr.header td { font-weight: bold; border-bottom: 2px solid #9a9a9a; }
.list { color: #1f4f8f; font-size: 11px; } h2 { font-size: 14px; margin: 20px 0 6px; } p { margin: 3px 0; }
.tabs span { display: inline-block; border: 1px solid #ccc; border-top: 0; padding: 3px 12px; margin-top: -1px; } .tabs .on { background: #fff; font-weight: bold; color: #1b6e3a; }
</style>
<table><tr><th class="letter"></th>${letters}</tr>
<tr class="header"><td class="row">1</td>${headers.map((h) => `<td>${escapeHtml(h)}</td>`).join('')}</tr>
<tr><td class="row">2</td>${lists.map((l) => `<td>${l}</td>`).join('')}</tr>
${[3, 4].map((n) => `<tr><td class="row">${n}</td>${headers.map(() => '<td></td>').join('')}</tr>`).join('')}
</table>
<div class="tabs">${workbook.worksheets.filter((s) => s.state !== 'hidden').map((s) => `<span class="${s.name === 'aanbod' ? 'on' : ''}">${s.name}</span>`).join('')}</div>
<h2>${escapeHtml(lines[0]!)}</h2>${lines.slice(1).map((line) => `<p>${escapeHtml(line)}</p>`).join('')}`;

const running = await launchBrowser();
try {
  const { page, context } = await openPage(running.browser, { width: 1280, height: 420 });
  await page.setContent(html);
  await page.screenshot({ path: path.join(root, 'docs/sjabloon.png') });
  await context.close();
  console.log('Wrote docs/sjabloon.png');
} finally {
  await running.close();
}
