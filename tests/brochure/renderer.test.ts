/** The renderer and the build's brochure step, run in this process on the small test catalogue. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makeBrochures, missingCharacterWarnings } from '../../src/integration/brochures/build-brochures.ts';
import { formatProblem } from '../../src/core/validate/format-problem.ts';
import { checkContent } from '../../src/integration/check-content.ts';
import { createTextGuard } from '../../src/brochure/content/text-guard.ts';
import { projectRoot } from '../support/run-build.ts';
import { inkOnPage, pdfText } from './pdf-tools.ts';
import { fixtureContent, meta, quietReporter, sharedRenderer } from './render-in-process.ts';
import { environmentTime } from '../../src/integration/options.ts';

const minimalDir = path.join(projectRoot, 'tests/fixtures/minimal');

describe('characters the font lacks', () => {
  test('are replaced by a visible question mark, with a warning naming where they occur', () => {
    const guard = createTextGuard((codePoint) => codePoint < 0x3000);
    expect(guard.clean('Lezen 漢字 en\u00a0schrijven\u00ad', 'content/interventions/leesclub.mdx')).toBe('Lezen ?? en schrijven');
    expect(guard.warnings).toEqual([
      { file: 'content/interventions/leesclub.mdx', character: '漢' },
      { file: 'content/interventions/leesclub.mdx', character: '字' },
    ]);
  });

  test('are reported once per file in the site language, each character once, however often it occurs', () => {
    const warnings = missingCharacterWarnings([
      { file: 'interventions/zomerschool.mdx', character: '日' },
      { file: 'interventions/zomerschool.mdx', character: '✈' },
      { file: 'interventions/zomerschool.mdx', character: '日' },
      { file: 'providers/taalschool.yaml', character: '𝄞' },
    ], 'site.yaml');
    expect(warnings.map((warning) => formatProblem(warning, 'nl'))).toEqual([
      'interventions/zomerschool.mdx: bevat 2 tekens die het lettertype van de brochure niet heeft: "日" (U+65E5), "✈" (U+2708); in de brochure staat daar "?"\n    Vervang ze door gewone letters of tekens, of laat ze weg; op de website staan ze wel.',
      'providers/taalschool.yaml: bevat een teken dat het lettertype van de brochure niet heeft: "𝄞" (U+1D11E); in de brochure staat daar "?"\n    Vervang ze door gewone letters of tekens, of laat ze weg; op de website staan ze wel.',
    ]);
    expect(formatProblem(warnings[1]!, 'en')).toMatch(/^providers\/taalschool\.yaml: holds a character the brochure font lacks: "𝄞" \(U\+1D11E\); the brochure prints "\?" instead/);
  });

  test('never stop a brochure: it is drawn, with the replacement and a warning', async () => {
    const content = fixtureContent(minimalDir);
    const leesclub = content.catalogue.interventions.find((intervention) => intervention.id === 'leesclub');
    if (!leesclub) throw new Error('the fixture lost its leesclub');
    content.bodies.leesclub = [{ kind: 'paragraph', runs: [{ text: 'Emoji 📚 en Chinees 書 in de tekst.' }] }];
    const rendered = await (await sharedRenderer()).renderSchool(content, 'het-baken', meta);
    expect(pdfText(rendered.bytes)).toContain('Emoji ? en Chinees ? in de tekst.');
    expect(rendered.warnings).toContainEqual({ file: 'interventions/leesclub.mdx', character: '📚' });
  });

  test("in a title they are named with the title's file and field, not with site.yaml where the title is listed", async () => {
    const content = fixtureContent(minimalDir);
    const leesclub = content.catalogue.interventions.find((intervention) => intervention.id === 'leesclub');
    if (!leesclub) throw new Error('the fixture lost its leesclub');
    leesclub.title = 'Leesclub 📚';
    const renderer = await sharedRenderer();
    const rendered = [await renderer.renderSchool(content, 'het-baken', meta), await renderer.renderCatalogue(content, meta)];
    const warnings = missingCharacterWarnings(rendered.flatMap((brochure) => brochure.warnings), content.catalogue.site.file);
    expect(warnings.map((warning) => formatProblem(warning, 'nl'))).toEqual([
      'interventions/leesclub.mdx: title bevat een teken dat het lettertype van de brochure niet heeft: "📚" (U+1F4DA); in de brochure staat daar "?"\n    Vervang ze door gewone letters of tekens, of laat ze weg; op de website staan ze wel.',
    ]);
  });
});

describe('rendering', () => {
  test('the same input gives the same bytes', async () => {
    const renderer = await sharedRenderer();
    const content = fixtureContent(minimalDir);
    const first = await renderer.renderSchool(content, 'de-linde', meta);
    const second = await renderer.renderSchool(fixtureContent(minimalDir), 'de-linde', meta);
    expect(Buffer.compare(first.bytes, second.bytes)).toBe(0);
    const catalogue = await renderer.renderCatalogue(content, meta);
    expect(Buffer.compare(catalogue.bytes, (await renderer.renderCatalogue(content, meta)).bytes)).toBe(0);
  });

  test('the whole catalogue holds every intervention, fixed offer before optional within a domain', async () => {
    const rendered = await (await sharedRenderer()).renderCatalogue(fixtureContent(minimalDir), meta);
    const text = pdfText(rendered.bytes);
    for (const title of ['Gezonde school', 'Leesclub', 'Schoolpleinsport', 'Voorleesuur', 'Zwemles voor nieuwkomers']) expect(text).toContain(title);
    expect(text).toMatch(/Lezen & schrijven Vast aanbod Voorleesuur .* Keuzeaanbod Leesclub /);
    expect(inkOnPage(rendered.bytes, 3)).toBeGreaterThan(0.005);
  });
});

describe('the build step', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'brochure-cache-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  test('draws brochures in worker threads once, then takes unchanged ones from the cache', async () => {
    const checked = checkContent(minimalDir, quietReporter);
    if (!checked) throw new Error('the fixture has content problems');
    const options = { catalogue: checked.catalogue, interventions: checked.content.interventions, contentDir: minimalDir, cacheDir, reporter: quietReporter, workers: 2, time: environmentTime() };
    const first = await makeBrochures(options);
    expect(first).toMatchObject({ drawn: 4, reused: 0 });
    const second = await makeBrochures(options);
    expect(second).toMatchObject({ drawn: 0, reused: 4 });
    const changed = { ...checked.catalogue, schools: checked.catalogue.schools.map((school) => (school.id === 'de-linde' ? { ...school, pupils: 201 } : school)) };
    expect(await makeBrochures({ ...options, catalogue: changed })).toMatchObject({ drawn: 1, reused: 3 });
  });
});
