/**
 * The brochure step keys each brochure by what it draws: change one field a brochure prints and
 * exactly the brochures that print it are drawn again; the rest come from the cache.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Catalogue, Intervention, Provider, School } from '../../src/core/catalogue/catalogue-model.ts';
import { checkContent } from '../../src/integration/check-content.ts';
import { makeBrochures } from '../../src/integration/brochures/build-brochures.ts';
import type { RawIntervention } from '../../src/integration/read-content.ts';
import { projectRoot } from '../support/run-build.ts';
import { quietReporter } from './render-in-process.ts';
import { environmentTime } from '../../src/integration/options.ts';

const minimalDir = path.join(projectRoot, 'tests/fixtures/minimal');
const checked = checkContent(minimalDir, quietReporter);
if (!checked) throw new Error('the minimal fixture has content problems');
const base = { catalogue: checked.catalogue, interventions: checked.content.interventions };
type Content = typeof base;

const cacheDir = mkdtempSync(path.join(tmpdir(), 'brochure-redraw-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The brochures drawn (not taken from the cache) for this content, by output path. */
async function drawnFor(content: Content): Promise<string[]> {
  const made = await makeBrochures({ ...content, contentDir: minimalDir, cacheDir, reporter: quietReporter, workers: 0, time: environmentTime() });
  return made.jobs.filter((job) => job.drawn).map((job) => job.output).sort();
}

const withCatalogue = (change: (catalogue: Catalogue) => Partial<Catalogue>): Content => ({ ...base, catalogue: { ...base.catalogue, ...change(base.catalogue) } });
const withIntervention = (id: string, change: Partial<Intervention>) =>
  withCatalogue(({ interventions }) => ({ interventions: interventions.map((entry) => (entry.id === id ? ({ ...entry, ...change } as Intervention) : entry)) }));
const withProvider = (id: string, change: Partial<Provider>) => withCatalogue(({ providers }) => ({ providers: providers.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)) }));
const withSchool = (id: string, change: Partial<School>) => withCatalogue(({ schools }) => ({ schools: schools.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)) }));
const withSite = (change: Partial<Catalogue['site']>) => withCatalogue(({ site }) => ({ site: { ...site, ...change } }));
const withBody = (id: string, body: string): Content => ({
  ...base,
  interventions: base.interventions.map((entry): RawIntervention => (entry.id === id ? { ...entry, body } : entry)),
});

const catalogue = 'aanbod.pdf';
const deLinde = 'brochures/de-linde.pdf';
const hetBaken = 'brochures/het-baken.pdf';
const kleineBeer = 'brochures/kleine-beer.pdf';
const primary = [catalogue, deLinde, kleineBeer];
const everyBrochure = [catalogue, deLinde, hetBaken, kleineBeer];

beforeAll(async () => {
  expect(await drawnFor(base)).toEqual(everyBrochure);
}, 60_000);

describe('after a change, exactly the brochures that print what changed are drawn again', () => {
  test('nothing changed: every brochure comes from the cache', async () => {
    expect(await drawnFor(base)).toEqual([]);
  });

  test.each([
    ['the title of an intervention every school is offered', () => withIntervention('leesclub', { title: 'Leesclub plus' }), everyBrochure],
    ['the summary of an intervention for primary schools', () => withIntervention('schoolplein-sport', { summary: 'Sport op het plein.' }), primary],
    ['the cost of an intervention for secondary schools', () => withIntervention('zwemles-vo', { cost: { amount: 32_500, per: 'session' } } as Partial<Intervention>), [catalogue, hetBaken]],
    ['the duration of a fixed intervention for secondary schools', () => withIntervention('gezonde-school', { duration: '1 jaar' }), [catalogue, hetBaken]],
    ['the body of a fixed intervention for primary schools', () => withBody('voorleesuur', 'Een vrijwilliger leest elke week voor.'), primary],
    ["a provider's name", () => withProvider('beweegteam', { name: 'Sportteam Proefdorp' }), everyBrochure],
    ["a provider's contact person", () => withProvider('leeshuis', { contactPerson: 'Bea de Wit' }), everyBrochure],
    ["a school's name", () => withSchool('kleine-beer', { name: 'Kindcentrum De Grote Beer' }), [kleineBeer]],
    ["a school's pupils (its budget and its per-pupil charges)", () => withSchool('de-linde', { pupils: 210 }), [deLinde]],
    ["the budget of a school that has not chosen yet", () => withSchool('kleine-beer', { budget: 80_000 } as Partial<School>), [kleineBeer]],
    ["a school's choices", () => withSchool('het-baken', { choices: base.catalogue.schools.find((school) => school.id === 'het-baken')!.choices.slice(0, 1) }), [hetBaken]],
    ["the site's title", () => withSite({ title: 'Testaanbod 2027' }), everyBrochure],
    ["the site's introduction", () => withSite({ intro: 'Een andere inleiding.' }), everyBrochure],
    ['the label of a domain', () => withSite({ domains: base.catalogue.site.domains.map((domain) => (domain.id === 'bewegen' ? { ...domain, label: 'Sport & bewegen' } : domain)) }), everyBrochure],
  ])('%s', async (_, changed, redrawn) => {
    expect(await drawnFor(changed())).toEqual([...redrawn].sort());
  });

  test('a field no brochure prints (a school board) redraws nothing', async () => {
    expect(await drawnFor(withSchool('de-linde', { board: 'Stichting Anders' }))).toEqual([]);
  });
});
