/** The demo's needs, evidence, menukaart and availability as the built pages show them (built as of 2026-06-01). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPage, textOf } from '../support/built-site.ts';
import { builtSite } from '../support/fixture-sites.ts';

const demo = await builtSite('demo');

describe('a school page', () => {
  const page = readPage(demo, '/scholen/obs-de-regenboog/');
  const needsItems = () => page.document.querySelectorAll('[data-needs-first] li');

  test('opens with the optional offer that fits the needs from its scan, before the listing by domain', () => {
    expect(page.text('#past-bij-uw-behoeften')).toBe('Past bij uw behoeften');
    expect(page.text('[data-needs-first] > p')).toContain('Uit de schoolscan: begrijpend lezen en bewegen.');
    const html = page.html;
    expect(html.indexOf('data-needs-first')).toBeLessThan(html.indexOf('id="keuzes-en-budget"'));
    expect(html.indexOf('data-needs-first')).toBeLessThan(html.indexOf('id="keuzeaanbod"'));
    expect(needsItems().map((item) => item.getAttribute('data-intervention')).sort()).toEqual(
      ['huiswerkbegeleiding', 'sportinstuif-na-school', 'taalvriendelijke-school', 'voorleesexpress', 'zomerschool', 'zwemvangnet'].sort(),
    );
  });

  test('lists recommended offer first, with the think tank\'s reason', () => {
    const recommended = needsItems().map((item) => item.querySelector('[data-recommended]') !== null);
    expect(recommended).toEqual([true, true, false, false, false, false]);
    const zwemvangnet = needsItems().find((item) => item.getAttribute('data-intervention') === 'zwemvangnet');
    expect(textOf(zwemvangnet!)).toContain('Aanbevolen: Nog te veel kinderen verlaten de basisschool zonder zwemdiploma.');
    expect(textOf(zwemvangnet!)).toContain('Sluit aan bij: Bewegen');
  });

  test('marks offer outside its availability on the build date as not available', () => {
    const zomerschool = needsItems().find((item) => item.getAttribute('data-intervention') === 'zomerschool');
    expect(zomerschool?.querySelector('[data-unavailable]') && textOf(zomerschool.querySelector('[data-unavailable]')!)).toBe(
      'Niet beschikbaar: te kiezen van 20 juli 2026 tot en met 28 augustus 2026.',
    );
  });

  test('still lists the whole optional offer by domain after the needs section, also what fits no need', () => {
    const listed = page.document.querySelectorAll('section[aria-labelledby="keuzeaanbod"] a').map((a) => a.getAttribute('href'));
    expect(listed).toContain('/aanbod/zomerschool/');
    expect(listed).toContain('/aanbod/muziekles-in-de-klas/');
  });

  test('totals its charges per menukaart category, adding up to what it spends', () => {
    // Zomerschool 28 x € 150 = € 4.200 (A, F: counted under A); Rots en Water 2 x € 1.450 = € 2.900 (C); Muziekles 3 x € 780 = € 2.340 (none).
    const rows = page.document.querySelectorAll('[data-category-totals] tbody tr').map((row) => [
      textOf(row.querySelector('th')!).slice(0, 2),
      Number(row.querySelector('td')?.getAttribute('data-cents')),
    ]);
    expect(rows).toEqual([['A.', 420000], ['C.', 290000], ['Zo', 234000]]);
    expect(page.text('[data-total]')).toBe('€ 9.440,00');
  });
});

describe('an intervention page', () => {
  const page = readPage(demo, '/aanbod/rots-en-water/');

  test('shows the recommendation with its reason', () => {
    expect(page.text('[data-recommended] strong')).toBe('Aanbevolen door de denktank');
    expect(page.document.querySelector('[data-recommended]')?.text).toBe('Aanbevolen door de denktank: De denktank zorg koos dit als eerste prioriteit voor groepen met onrust en pestgedrag.');
  });

  test('gives the evidence in words with an explanation and its source, not as a score', () => {
    expect(page.text('#Onderbouwing')).toBe('Onderbouwing: Goed onderbouwd');
    expect(page.text('[data-evidence]')).toContain('de theorie erachter is aannemelijk');
    expect(page.document.querySelector('[data-evidence] a')?.getAttribute('href')).toBe('https://www.nji.nl/interventies');
  });

  test('names groups, menukaart category, how to apply and when it was checked', () => {
    expect(page.text('.fit-facts')).toContain('groep 5 tot en met 8');
    expect(page.text('.fit-facts')).toContain('C. Sociaal-emotionele en fysieke ontwikkeling van leerlingen');
    expect(page.text('[data-how-to-apply]')).toContain('De intern begeleider meldt de groep aan');
    expect(page.document.querySelector('[data-how-to-apply] strong')?.text).toBe('intern begeleider');
    expect(page.text('[data-checked]')).toBe('Gecontroleerd op 20 januari 2026');
  });

  test('of offer outside its window on the build date says it is not available', () => {
    expect(readPage(demo, '/aanbod/zomerschool/').text('[data-unavailable]')).toContain('Niet beschikbaar');
    expect(page.html).not.toContain('data-unavailable');
  });
});

test('a school\'s needsNote is published nowhere in the site', () => {
  const note = 'Schoolscan en begeleidende brief';
  const files = (readdirSync(demo, { recursive: true }) as string[]).map((name) => path.join(demo, name)).filter((file) => statSync(file).isFile() && !file.endsWith('.pdf'));
  expect(files.filter((file) => readFileSync(file).includes(note))).toEqual([]);
});
