/**
 * What a team writes in a body for itself or from elsewhere, in one real build: a comment
 * (`{/* … *\/}` in MDX, `<!-- … -->` in Markdown) runs nothing and is allowed, and never reaches a
 * page, the brochure, the open data or the search index; an image from another host, inline or by
 * reference, is shown as its alt text (the site loads nothing from other hosts) and is a warning
 * naming the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, expect, test } from 'vitest';
import { rawPdfText } from '../brochure/pdf-tools.ts';
import { readPage } from '../support/built-site.ts';
import { contentWith } from '../support/content-fixture.ts';
import { minimalContent } from '../support/fixture-sites.ts';
import { runBuild, testBuildsDir, type BuildRun } from '../support/run-build.ts';

const fixture = (file: string) => readFileSync(path.join(minimalContent, 'interventions', file), 'utf8');
const leesclub = `${fixture('leesclub.mdx')}
{/* NOTITIE-MDX: prijs nog navragen */}

Lezen met {/* NOTITIE-INLINE */} plezier.

{
  // NOTITIE-REGEL
}

![Boek van elders](https://elders.example/p.gif) en ![Boek via verwijzing][boek] en ![Eigen boek](/boek.png).

Meer op [de site van elders][elders].

[boek]: https://elders.example/q.gif
[elders]: https://elders.example/
`;
const voorleesuur = `${fixture('voorleesuur.md')}
<!-- NOTITIE-MD: alleen voor het team -->

Voorlezen <!-- NOTITIE-MD-INLINE --> helpt.

![Foto][foto]

[foto]: //elders.example/r.gif
`;

const outDir = path.join(testBuildsDir, 'notes-and-images');
let run: BuildRun;
beforeAll(async () => {
  const contentDir = contentWith({ 'interventions/leesclub.mdx': leesclub, 'interventions/voorleesuur.md': voorleesuur });
  run = await runBuild({ contentDir, outDir });
});

const searchIndexText = () => {
  const dir = path.join(outDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => gunzipSync(readFileSync(path.join(dir, file))).toString('utf8')).join('\n');
};

test('comments in MDX and Markdown bodies are allowed: the build exits 0', () => {
  expect(run.exitCode, run.output).toBe(0);
});

test('a comment is on no page, in no brochure, in no open data and in no search index', () => {
  const published = [
    readPage(outDir, '/aanbod/leesclub/').html,
    readPage(outDir, '/aanbod/voorleesuur/').html,
    rawPdfText(readFileSync(path.join(outDir, 'aanbod.pdf'))),
    readFileSync(path.join(outDir, 'aanbod.json'), 'utf8'),
    readFileSync(path.join(outDir, 'aanbod.csv'), 'utf8'),
    searchIndexText(),
  ];
  for (const text of published) expect(text).not.toMatch(/NOTITIE|<!--/);
  expect(readPage(outDir, '/aanbod/leesclub/').text('main')).toContain('Lezen met plezier.');
});

test('an image from another host, inline or by reference, is its alt text; an image of the site itself stays', () => {
  const leesclubPage = readPage(outDir, '/aanbod/leesclub/');
  const sources = [leesclubPage, readPage(outDir, '/aanbod/voorleesuur/')].flatMap((page) => page.document.querySelectorAll('img').map((img) => img.getAttribute('src') ?? ''));
  expect(sources.filter((src) => src.includes('elders.example'))).toEqual([]);
  expect(sources).toContain('/boek.png');
  expect(leesclubPage.text('main')).toContain('Boek van elders en Boek via verwijzing');
  // A link to another host stays a link: only images load by themselves.
  expect(leesclubPage.document.querySelector('a[href="https://elders.example/"]')).not.toBeNull();
});

test('each image from another host is a Dutch warning naming the file, line and address', () => {
  const warnings = run.output.split('\n').filter((line) => line.includes('afbeelding van een andere website'));
  expect(warnings.map((line) => /(interventions\/\S+?:\d+): body "([^"]+)"/.exec(line)?.slice(1))).toEqual([
    ['interventions/leesclub.mdx:33', 'https://elders.example/p.gif'],
    ['interventions/leesclub.mdx:33', 'https://elders.example/q.gif'],
    ['interventions/voorleesuur.md:16', '//elders.example/r.gif'],
  ]);
});
