/** The need, menukaart, evidence, age and group filters of /aanbod/ in Chromium, against hand-picked demo interventions. */
import { expect, test } from 'vitest';
import { describeInBrowser, eventually, searchResultLinks, useBrowserSession, waitForSearchReady } from '../support/browser.ts';

const links = (ids: string[]) => ids.map((id) => `/aanbod/${id}/`).sort();

describeInBrowser('searching by need and by evidence', () => {
  const { open } = useBrowserSession('demo');

  test.each([
    ['menukaart=A', ['huiswerkbegeleiding', 'voorleesexpress', 'zomerschool']],
    ['onderbouwing=goed-onderbouwd', ['boekstart-in-de-kinderopvang', 'rots-en-water']],
    ['groep=2', ['mentorprogramma-vo', 'taalvriendelijke-school']],
    ['behoefte=bewegen&leeftijd=8', ['zwemvangnet']],
    ['leeftijd=3', ['boekstart-in-de-kinderopvang', 'voorleesexpress']],
  ])('opening ?%s lists exactly the interventions it matches', async (query, ids) => {
    const { page } = await open(`aanbod/?${query}`);
    await eventually(async () => (await searchResultLinks(page)).sort()).toEqual(links(ids));
  });

  test('choosing a need in the form filters the list and puts behoefte in the URL', async () => {
    const { page } = await open('aanbod/');
    await waitForSearchReady(page);
    await page.getByLabel('Behoefte', { exact: true }).selectOption('nieuwkomers');
    await eventually(async () => (await searchResultLinks(page)).sort()).toEqual(links(['nt2-oekraiense-leerlingen', 'taalvriendelijke-school']));
    await eventually(() => new URL(page.url()).search).toBe('?behoefte=nieuwkomers');
    await page.getByLabel('Onderbouwing', { exact: true }).selectOption('eerste-aanwijzingen');
    await eventually(async () => searchResultLinks(page)).toEqual(links(['taalvriendelijke-school']));
    await eventually(() => new URL(page.url()).search).toBe('?behoefte=nieuwkomers&onderbouwing=eerste-aanwijzingen');
  });

  test('an invalid value in the URL is ignored rather than trusted', async () => {
    const { page } = await open('aanbod/?menukaart=Z&groep=12&schooltype=vve');
    await eventually(() => page.getByRole('status').textContent()).toMatch(/^\d+ interventies gevonden/);
    await expect(page.getByLabel('NPO-menukaart', { exact: true }).inputValue()).resolves.toBe('');
  });
});
