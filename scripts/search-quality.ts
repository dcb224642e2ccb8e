/**
 * `npm run search-quality`: how well the search answers the queries in tests/search-queries.yaml.
 * 1. Build the content folder twice, pages and search only: as published, and with the added
 *    search words (compound parts, synonyms) switched off.
 * 2. Run every query with each site's own Pagefind in Chromium.
 * 3. Print recall and precision of the first five results for both, and the queries that differ.
 * --content <dir> (or CONTENT_DIR), --queries <file>, --json <file> to keep the figures.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { resolveContentDir } from '../src/integration/content-dir.ts';
import { runBuild } from './lib/run-build.ts';
import { scoreList, scoreQuery, TOP, type ExpectedQuery, type QueryScore } from './search-quality/measure.ts';
import { searchSite } from './search-quality/search-site.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    queries: { type: 'string', default: 'tests/search-queries.yaml' },
    json: { type: 'string' },
  },
});
const contentDir = resolveContentDir(values.content);
const queries = (parse(readFileSync(values.queries, 'utf8')) as { queries: ExpectedQuery[] }).queries;
const variants = { without: { AANBODGIDS_SEARCH_WORDS: 'off' }, with: {} } as const;
const workDir = mkdtempSync(path.join(tmpdir(), 'aanbodgids-search-quality-'));

const percent = (value: number) => `${Math.round(value * 100)}%`;

async function measure(env: Record<string, string>, name: string): Promise<QueryScore[]> {
  const outDir = path.join(workDir, name);
  const run = await runBuild({ contentDir, outDir, env: { ...env }, args: ['--skip-brochures'] });
  if (run.exitCode !== 0) throw new Error(`Building ${contentDir} failed:\n${run.output}`);
  const results = await searchSite(outDir, queries.map((q) => q.query), TOP);
  return queries.map((query, i) => scoreQuery(query, results[i] ?? []));
}

try {
  const without = await measure(variants.without, 'without');
  const withWords = await measure(variants.with, 'with');
  const summary = { queries: queries.length, without: scoreList(without), with: scoreList(withWords) };
  console.log(`${queries.length} queries from ${values.queries}, first ${TOP} results, content ${contentDir}\n`);
  console.log('                                  recall  precision  found nothing');
  for (const [label, score] of [['without compounds and synonyms', summary.without], ['with compounds and synonyms   ', summary.with]] as const) {
    console.log(`${label}    ${percent(score.recall).padStart(4)}     ${percent(score.precision).padStart(4)}     ${score.empty}`);
  }
  console.log('\nQueries whose first results changed:');
  withWords.forEach((score, i) => {
    const before = without[i];
    if (!before || before.found.join() === score.found.join()) return;
    console.log(`  ${score.query}: recall ${percent(before.recall)} -> ${percent(score.recall)}; [${before.found.join(', ')}] -> [${score.found.join(', ')}]`);
  });
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...summary, perQuery: { without, with: withWords } }, null, 2)}\n`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
