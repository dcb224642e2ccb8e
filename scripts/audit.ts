/**
 * `npm run audit`: Lighthouse (pinned in package.json) over the built site, as a municipality's
 * auditor would run it: the home page, /aanbod/, the first intervention, the first school and
 * /keuzes/, each run --runs times (3) in Debian's Chromium (CHROME_PATH), printing the median per
 * category. Exits 1 when a median is under --min (95).
 * --content <dir> (or CONTENT_DIR) is built first into a temporary folder; --dist <dir> audits a
 * build that exists (made from that content). --preset mobile (Lighthouse's default) or desktop;
 * --json <file> keeps every run's scores.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/integration/check-content.ts';
import { resolveContentDir } from '../src/integration/content-dir.ts';
import { runBuild } from './lib/run-build.ts';
import { serveStatic } from './lib/static-server.ts';
import { startChromium } from './audit/chromium.ts';
import { lighthouseScores, type Preset } from './audit/run-lighthouse.ts';
import { belowLimit, pageScores, scoreTable, type PageScores, type Scores } from './audit/scores.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    dist: { type: 'string' },
    runs: { type: 'string', default: '3' },
    min: { type: 'string', default: '95' },
    preset: { type: 'string', default: 'mobile' },
    json: { type: 'string' },
  },
});
const runs = Number(values.runs);
const limit = Number(values.min);
const preset = values.preset as Preset;
if (!Number.isInteger(runs) || runs < 1 || !Number.isFinite(limit) || !['mobile', 'desktop'].includes(preset)) {
  console.error('Usage: npm run audit -- [--content DIR] [--dist DIR] [--runs 3] [--min 95] [--preset mobile|desktop] [--json FILE]');
  process.exit(2);
}

const contentDir = resolveContentDir(values.content);
const checked = checkContent(contentDir, { info() {}, warn() {}, error: console.error });
if (!checked) process.exit(1);
const { catalogue } = checked;
const pages = ['', 'aanbod/', `aanbod/${catalogue.interventions[0]!.id}/`, ...catalogue.schools.slice(0, 1).map((school) => `scholen/${school.id}/`), 'keuzes/'];

let workDir: string | undefined;
let dist = values.dist;
if (!dist) {
  workDir = mkdtempSync(path.join(tmpdir(), 'aanbodgids-audit-'));
  dist = path.join(workDir, 'site');
  console.log(`Building ${contentDir} ...`);
  const build = await runBuild({ contentDir, outDir: dist });
  if (build.exitCode !== 0) {
    console.error(build.output);
    process.exit(1);
  }
}

const site = await serveStatic(dist, process.env.BASE_PATH ?? catalogue.site.basePath ?? '/');
const browser = await startChromium();
const results: PageScores[] = [];
try {
  for (const page of pages) {
    const scores: Scores[] = [];
    for (let run = 1; run <= runs; run++) {
      scores.push(await lighthouseScores(`${site.url}${page}`, browser.port, preset));
      console.log(`/${page} run ${run}: ${JSON.stringify(scores.at(-1))}`);
    }
    results.push(pageScores(`/${page}`, scores));
  }
} finally {
  await browser.close();
  await site.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
}

console.log(`\nLighthouse, ${preset}, median of ${runs} run${runs === 1 ? '' : 's'} (performance: each run in brackets):\n`);
console.log(scoreTable(results));
if (values.json) writeFileSync(values.json, `${JSON.stringify({ preset, runs, pages: results }, null, 2)}\n`);
const low = belowLimit(results, limit);
if (low.length > 0) {
  console.error(`\nUnder ${limit}:\n${low.map((line) => `  ${line}`).join('\n')}`);
  process.exit(1);
}
