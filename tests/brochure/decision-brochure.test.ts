/**
 * What a school director decides from, read back from the demo's built brochures: prices and
 * places in the menu, chosen marks, "In het kort", "Hoe verder", the cover with its SVG logo,
 * running headers and hyphenated Dutch.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { brochureStrings } from '../../src/core/strings/brochure-strings.ts';
import { costText } from '../../src/core/money/cost-text.ts';
import { placesFor } from '../../src/core/choosing/places-left.ts';
import { typeset } from '../../src/core/strings/typography.ts';
import { projectRoot } from '../support/run-build.ts';
import { inkInBox, pdfText, rawPdfText, wordBoxes } from './pdf-tools.ts';
import { budgetView } from '../../src/core/budget/budget-view.ts';
import { summarizeBudget } from '../../src/core/budget/budget.ts';
import { fixtureContent, generatedSchool, meta, sharedRenderer } from './render-in-process.ts';
import { builtSite } from '../support/fixture-sites.ts';

const demo = await builtSite('demo');
const minimal = await builtSite('minimal');
const brochure = (dist: string, school: string) => path.join(dist, 'brochures', `${school}.pdf`);
const content = fixtureContent(path.join(projectRoot, 'content'));
const { catalogue } = content;
const b = brochureStrings('nl');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pageCount = (text: string) => Number(/pagina 2 van (\d+)/.exec(text)?.[1]);

describe("the menu in a school's brochure", () => {
  test('gives every item its price and unit, and the places left where there is a capacity', () => {
    for (const school of catalogue.schools) {
      const text = pdfText(brochure(demo, school.id));
      const menu = catalogue.interventions.filter((item) => item.offer === 'optional' && item.schoolTypes.includes(school.type));
      for (const item of menu) {
        const places = placesFor(catalogue, item, school.id);
        const facts = [costText(item, 'nl'), item.duration, places && (places.overCapacity ? b.overCapacityShort : b.placesLeft(places.left))].filter(Boolean).join(' · ');
        const printed = (words: string) => escape(typeset(words).replace(/\u00a0/g, ' '));
        expect(text.replace(/\u00a0/g, ' ')).toMatch(new RegExp(`${printed(item.title)} ${printed(facts)}`));
      }
    }
  });

  test("marks the school's choices with a dark label, in the menu and in the descriptions", () => {
    const pdf = brochure(demo, 'so-de-horizon');
    const chosen = catalogue.schools.find((school) => school.id === 'so-de-horizon')!.choices;
    const labels = wordBoxes(pdf).filter((box) => box.word === b.chosenBadge);
    expect(labels.length).toBe(chosen.length * 2);
    // White letters on a dark box: the label's area is mostly ink, so it reads in black and white too.
    for (const label of labels.slice(0, 3)) {
      expect(inkInBox(pdf, label.page, { x: label.xMin, y: label.yMin, width: label.xMax - label.xMin, height: label.yMax - label.yMin })).toBeGreaterThan(0.5);
    }
  });

  test('says so when the school chose an offer whose places other schools had taken', () => {
    const text = pdfText(brochure(demo, 'so-de-horizon'));
    expect(text).toContain(b.overCapacityChosen(2));
    expect(pdfText(brochure(demo, 'vechtwaarde-college'))).not.toContain(b.overCapacityChosen(2));
  });
});

describe('the first and last pages', () => {
  test('"In het kort" follows the cover with budget, choices, what is over, the deadline, whom to contact and the date', () => {
    const page = pdfText(brochure(demo, 'so-de-horizon'), { first: 2, last: 2 });
    expect(page).toMatch(/In het kort Budget € 6\.000,00 Gekozen \d+ interventies, € 7\.610,00 Over het budget € 1\.610,00/);
    expect(page).toContain('Let op: de keuzes gaan € 1.610,00 over het budget.');
    // Which choices make up the € 7.610,00, each with its amount; the one the other schools had filled says so.
    expect(page).toMatch(/Interventie Bedrag Rots en Water weerbaarheidstraining \(vol: het projectteam neemt contact op\) € 2\.900,00 Zwemvangnet € 3\.360,00 Talentenateliers € 1\.350,00 /);
    expect(page).toContain(`${b.deadline} 31 oktober 2025`);
    expect(page).toContain('Projectteam NPO Vechtwaarde');
    expect(page).toContain('npo@vechtwaarde.example.nl');
    expect(page).toContain('030 123 45 67');
    expect(page).toMatch(/Stand op \d+ \p{L}+ \d{4}/u);
  });

  describe('"In het kort" of a school with 30 choices', () => {
    const generated = generatedSchool({ interventions: 120, schools: 4, choicesPerSchool: 30 });
    const spaced = (text: string) => text.replaceAll('\u00a0', ' ');

    test('lists its first seven choices with their amounts, says where the other 23 are, and keeps to one page', async () => {
      const pdf = (await (await sharedRenderer()).renderSchool(generated.content, generated.school.id, meta)).bytes;
      const page = spaced(pdfText(pdf, { first: 2, last: 2 }));
      const { lines } = budgetView(summarizeBudget(generated.school, generated.content.catalogue), 'nl');
      expect(lines).toHaveLength(30);
      // Laid out line by line, each row is the title and the amount beside it.
      const rows = rawPdfText(pdf, { first: 2, last: 2 }).split('\n').map((row) => spaced(row).replace(/ +/g, ' ').trim());
      for (const line of lines.slice(0, 7)) expect(rows).toContain(spaced(`${line.title} ${line.charge}`));
      for (const line of lines.slice(7)) expect(page).not.toContain(`${line.title} `);
      expect(page).toContain(b.otherChoices(23, 'Keuzes en budget'));
      // The page still ends with whom to contact and the date; the introduction starts the next one.
      expect(page).toMatch(/Contact .* Stand op \d+ \p{L}+ \d{4}/u);
      expect(spaced(pdfText(pdf, { first: 3, last: 3 }))).toMatch(/^\s*\S.* Inleiding /);
    });
  });

  test('"Hoe verder" closes the brochure with the steps, the contact and the colophon', () => {
    const whole = pdfText(brochure(demo, 'so-de-horizon'));
    const pages = pageCount(whole);
    const last = pdfText(brochure(demo, 'so-de-horizon'), { first: pages - 1, last: pages });
    expect(last).toMatch(/Hoe verder 1\. Bespreek het aanbod/);
    expect(last).toContain('5. De gemeente betaalt de aanbieder rechtstreeks');
    expect(last).toContain('npo@vechtwaarde.example.nl');
    expect(last).toMatch(/Colofon Dit aanbod is samengesteld door de ontwikkelgroep NPO/);
    expect(whole.trim().endsWith(`pagina ${pages} van ${pages}`)).toBe(true);
  });

  test('without steps in site.yaml the usual steps are printed, with the deadline', async () => {
    const site = { ...catalogue.site, steps: undefined };
    const rendered = await (await sharedRenderer()).renderSchool({ ...content, steps: [], catalogue: { ...catalogue, site } }, 'so-de-horizon', meta);
    expect(pdfText(rendered.bytes)).toContain(b.defaultSteps('31 oktober 2025')[1]);
  });
});

describe('the cover', () => {
  test('draws the SVG logo where it stands, and nothing there without a logo', () => {
    // The logo stands at the top left of the column: 22 mm from the left, 24 mm from the top.
    const logoArea = { x: 62, y: 68, width: 100, height: 40 };
    expect(inkInBox(brochure(demo, 'so-de-horizon'), 1, logoArea)).toBeGreaterThan(0.15);
    expect(inkInBox(brochure(minimal, 'het-baken'), 1, logoArea)).toBeLessThan(0.15);
  });

  test("names the school large on the theme colour band, and the full address of the school's page when site.yaml has a url", async () => {
    const text = pdfText(brochure(demo, 'so-de-horizon'), { first: 1, last: 1 });
    expect(text).toContain('Aanbod voor SO De Horizon');
    expect(text).toContain('op de website van Gemeente Vechtwaarde, op de pagina /scholen/so-de-horizon/');
    const band = inkInBox(brochure(demo, 'so-de-horizon'), 1, { x: 0, y: 200, width: 595, height: 40 });
    expect(band).toBeGreaterThan(0.5);
    const site = { ...catalogue.site, url: 'https://www.vechtwaarde.example.nl/npo/' };
    const withUrl = await (await sharedRenderer()).renderSchool({ ...content, siteAddress: 'https://www.vechtwaarde.example.nl/npo/', catalogue: { ...catalogue, site } }, 'so-de-horizon', meta);
    expect(pdfText(withUrl.bytes, { first: 1, last: 1 })).toContain('https://www.vechtwaarde.example.nl/npo/scholen/so-de-horizon/');
  });
});

describe('typography and furniture', () => {
  test('long Dutch words are hyphenated at line ends, never inside an address or a number', () => {
    const lines = rawPdfText(brochure(demo, 'so-de-horizon')).split('\n').map((line) => line.trim());
    const hyphenated = lines.flatMap((line, index) => {
      const next = lines[index + 1] ?? '';
      return /\p{Ll}\u00ad$/u.test(line) && /^\p{Ll}/u.test(next) ? [`${line.split(' ').at(-1)!.slice(0, -1)}${next.split(' ')[0]}`] : [];
    });
    expect(hyphenated.length).toBeGreaterThan(3);
    const source = JSON.stringify(content);
    for (const word of hyphenated) {
      expect(word).not.toMatch(/[\d@/]/);
      expect(source).toContain(word.replace(/[^\p{L}-]/gu, ''));
    }
  });

  test('running headers name the section and the intervention a page belongs to', () => {
    const text = pdfText(brochure(demo, 'so-de-horizon'));
    expect(text).toMatch(/Het aanbod in detail · Rots en Water/);
    expect(text).toMatch(/Keuzeaanbod · (Zorg op of via school|Talentontwikkeling|Taalondersteuning)/);
  });

  test("the catalogue brochure's contents list every intervention under its domain", () => {
    const lines = rawPdfText(path.join(demo, 'aanbod.pdf'));
    // A contents line: the title, then its page number at the right.
    for (const item of catalogue.interventions) expect(lines).toMatch(new RegExp(`^\\s*${escape(typeset(item.title))}\\s+\\d+\\s*$`, 'm'));
  });
});
