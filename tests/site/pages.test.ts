/** The built demo and test catalogues, read back as HTML. */
import { describe, expect, test } from 'vitest';
import { readPage, textOf } from '../support/built-site.ts';
import { builtSite } from '../support/fixture-sites.ts';

const demo = await builtSite('demo');
const minimal = await builtSite('minimal');

describe('every page', () => {
  test.each(['/', '/aanbod/', '/aanbod/voorleesexpress/', '/aanbieders/bibliotheek-vechtstreek/', '/scholen/obs-de-regenboog/', '/aanbieders/', '/scholen/'])(
    '%s is Dutch, titled and has a main landmark with one h1',
    (urlPath) => {
      const page = readPage(demo, urlPath);
      expect(page.document.querySelector('html')?.getAttribute('lang')).toBe('nl');
      expect(page.text('title')).toMatch(/NPO-aanbod 2025-2026$/);
      expect(page.document.querySelectorAll('main')).toHaveLength(1);
      expect(page.document.querySelectorAll('h1')).toHaveLength(1);
      expect(page.document.querySelector('a.skip-link')?.getAttribute('href')).toBe('#Inhoud');
    },
  );

  test('no page loads anything from another host', () => {
    for (const urlPath of ['/', '/aanbod/', '/aanbod/voorleesexpress/', '/scholen/so-de-horizon/']) {
      const { document } = readPage(demo, urlPath);
      const sources = document.querySelectorAll('script[src], link[href], img[src]').map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');
      expect(sources.filter((src) => /^(https?:)?\/\//.test(src))).toEqual([]);
    }
  });
});

describe('home page', () => {
  test('shows the title, intro, every domain with its counts, and the contact', () => {
    const page = readPage(demo, '/');
    expect(page.text('h1')).toBe('NPO-aanbod 2025-2026');
    const domains = page.document.querySelectorAll('.domain-card').map(textOf);
    expect(domains).toHaveLength(3);
    expect(domains[0]).toMatch(/Zorg op of via school .*8 interventies \(\d+ vast, \d+ keuze\)/);
    expect(page.html).toContain('npo@vechtwaarde.example.nl');
  });
});

describe('catalogue page', () => {
  test('lists every intervention grouped by domain, fixed and optional offer apart', () => {
    const page = readPage(demo, '/aanbod/');
    expect(page.document.querySelectorAll('.card')).toHaveLength(24);
    const sections = page.document.querySelectorAll('section.domain-section');
    expect(sections.map((section) => section.id)).toEqual(['zorg', 'talent', 'taal']);
    expect(page.document.querySelectorAll('.card-fixed')).toHaveLength(7);
    expect(page.document.querySelectorAll('.card-optional')).toHaveLength(17);
  });
});

describe('intervention page', () => {
  test('shows the body, cost with unit, provider contact and how to get it', () => {
    const page = readPage(demo, '/aanbod/nt2-oekraiense-leerlingen/');
    expect(page.html).toContain('Ласкаво просимо');
    expect(page.document.querySelector('.prose table')).not.toBeNull();
    expect(page.text('.facts')).toMatch(/Kosten € [\d.,]+ per (leerling|groep|bijeenkomst|school)/);
    expect(page.text('.how-to-get')).toContain('Taalschool Wegwijs');
  });

  test('an intervention over capacity says so plainly', () => {
    expect(readPage(demo, '/aanbod/rots-en-water/').text('.alert-warning')).toBe('Overvol: 3 scholen kozen dit, er is plaats voor 2.');
  });
});

describe('school page', () => {
  test('shows the budget, what is spent and what is left', () => {
    const page = readPage(demo, '/scholen/obs-de-regenboog/');
    expect(page.text('[data-budget]')).toContain('€ 10.300,00');
    expect(page.text('[data-spent]')).toBe('€ 9.440,00');
    expect(page.text('[data-remaining]')).toBe('€ 860,00');
    expect(page.document.querySelector('.alert-danger')).toBeNull();
  });

  test('a school over budget shows how much it is over, plainly', () => {
    const page = readPage(demo, '/scholen/so-de-horizon/');
    expect(page.text('[data-budget]')).toContain('€ 6.000,00');
    expect(page.text('[data-spent]')).toBe('€ 7.610,00');
    expect(page.text('[data-over]')).toBe('€ 1.610,00');
    expect(page.text('.alert-danger')).toBe('Let op: de keuzes gaan € 1.610,00 over het budget.');
  });

  test('a per-pupil choice without quantity is charged for all pupils', () => {
    const rows = readPage(demo, '/scholen/obs-t-hoogland/').document.querySelectorAll('.budget-table tbody tr');
    const mediawijsheid = rows.map(textOf).find((text) => text.includes('Mediawijs'));
    expect(mediawijsheid).toMatch(/64 leerlingen € 9,00 per leerling € 576,00/);
  });

  test('only offer meant for the school type is shown, its choices marked', () => {
    const page = readPage(minimal, '/scholen/de-linde/');
    const titles = page.document.querySelectorAll('.card-title').map((el) => el.textContent.trim());
    expect(titles.sort()).toEqual(['Leesclub', 'Schoolpleinsport', 'Voorleesuur']);
    expect(page.document.querySelectorAll('.card-chosen .card-title').map((el) => el.textContent.trim()).sort()).toEqual(['Leesclub', 'Schoolpleinsport']);
  });
});

describe('escaping and publishing', () => {
  test('markup in content shows as text, never as markup', () => {
    const catalogue = readPage(minimal, '/aanbod/');
    expect(catalogue.html).toContain('Wekelijkse leesclub &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; voor lezers &amp; schrijvers.');
    expect(catalogue.document.querySelectorAll('main script')).toHaveLength(0);
    const home = readPage(minimal, '/');
    // The intro is Markdown rendered and sanitised: its <script> is text on the page (escaped in
    // whichever form the serialiser writes), never an element.
    expect(home.text('main')).toContain('<script>alert("intro")</script>');
    expect(home.document.querySelectorAll('main script')).toHaveLength(0);
    expect(home.html).toContain('<strong>vet</strong>');
    expect(readPage(minimal, '/scholen/het-baken/').text('h1')).toBe('Het Baken <b>College</b>');
  });

  test('a site published under a sub-path links every page under it', () => {
    const { document } = readPage(minimal, '/aanbod/');
    const links = document.querySelectorAll('a[href^="/"], link[href^="/"], script[src^="/"]').map((el) => el.getAttribute('href') ?? el.getAttribute('src'));
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((href) => !href?.startsWith('/npo-aanbod/'))).toEqual([]);
  });
});
