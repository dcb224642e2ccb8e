/** npm run keuzes: the schools' downloaded files merged into a copy of the demo's content folder, run as a user runs it. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { snapshot } from '../support/folder-snapshot.ts';
import { projectRoot } from '../support/run-build.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-keuzes-'));
const contentDir = path.join(work, 'content');
const downloads = path.join(work, 'downloads');
const schoolFile = (id: string) => readFileSync(path.join(contentDir, 'schools', `${id}.yaml`), 'utf8');

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  cpSync(path.join(projectRoot, 'content'), contentDir, { recursive: true });
  mkdirSync(downloads);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A file as the /keuzes/ page downloads it: the school's public fields and its choices. */
function download(name: string, text: string): string {
  const file = path.join(downloads, name);
  writeFileSync(file, text);
  return file;
}

const wilgenhoek = (choices: string) => `name: CBS De Wilgenhoek\ntype: po\npupils: 540\nbrin: 22WH\nchoices:\n${choices}`;

function keuzes(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/keuzes.ts'), '--content', contentDir, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('npm run keuzes', () => {
  test("merging a downloaded file changes only the choices: the team's fields and comments stay", () => {
    const file = download('cbs-de-wilgenhoek (1).yaml', wilgenhoek('  - intervention: taalvriendelijke-school\n  - intervention: zomerschool\n    quantity: 20\n    note: Groep 8.\n'));
    const run = keuzes(file);
    expect(run.status, run.out).toBe(0);
    const merged = schoolFile('cbs-de-wilgenhoek');
    expect(merged).toContain('# Alleen voor het projectteam: komt in de bestelbrieven en rapporten, nooit op de site.');
    expect(merged).toContain('board: Vereniging voor Christelijk Onderwijs Vechtstreek');
    expect(merged).toContain('  email: f.elamrani@wilgenhoek.example.nl');
    expect(merged).toMatch(/choices:\n {2}- intervention: taalvriendelijke-school\n {2}- intervention: zomerschool\n {4}quantity: 20\n {4}note: Groep 8\.\n$/);
    expect(run.out).toContain('+ Zomerschool Vechtwaarde (aantal 20)');
    expect(run.out).toContain('- Rots en Water weerbaarheidstraining');
    // 1.200 for the language-friendly school and 20 x 150 for the summer school; budget 2.500 + 540 x 25.
    expect(run.out).toContain('gekozen € 10.000,00 -> € 4.200,00; nog te besteden € 11.800,00');
  });

  test('a file is found by the school name inside when its file name is not a school id', () => {
    const run = keuzes(download('keuzes wilgenhoek.yaml', wilgenhoek('  - intervention: taalvriendelijke-school\n')), '--dry-run');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('keuzes wilgenhoek.yaml -> schools/cbs-de-wilgenhoek.yaml');
  });

  test('--dry-run shows the changes and writes nothing', () => {
    const before = schoolFile('cbs-de-wilgenhoek');
    const run = keuzes(download('cbs-de-wilgenhoek.yaml', wilgenhoek('  - intervention: taalvriendelijke-school\n')), '--dry-run');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('- Talentenateliers');
    expect(schoolFile('cbs-de-wilgenhoek')).toBe(before);
  });

  test('a broken file writes nothing, not even the good files given with it, and every problem is named', () => {
    const before = schoolFile('cbs-de-wilgenhoek');
    const good = download('cbs-de-wilgenhoek.yaml', wilgenhoek('  - intervention: taalvriendelijke-school\n'));
    const broken = download('obs-de-regenboog.yaml', 'name: OBS De Regenboog\ntype: po\npupils: 312\nchoices:\n  - intervention: zomerschol\n    quantity: 2\n');
    const unknown = download('de-eik.yaml', 'name: De Eik\ntype: po\npupils: 100\nchoices: []\n');
    const run = keuzes(good, broken, unknown);
    expect(run.status).toBe(1);
    expect(run.out).toContain('De keuzebestanden hebben 2 problemen; er is niets geschreven.');
    expect(run.out).toContain(`${broken}: choices, keuze 1, intervention "zomerschol" is geen interventie; bedoelt u zomerschool?`);
    expect(run.out).toContain(`${unknown}: hoort bij geen school: er is geen schools/de-eik.yaml en geen school met de naam in het bestand`);
    expect(schoolFile('cbs-de-wilgenhoek')).toBe(before);
    expect(existsSync(path.join(contentDir, 'schools', 'de-eik.yaml'))).toBe(false);
  });

  test('a file for a school not in the folder is created only with --new', () => {
    const file = download('de-eik.yaml', 'name: De Eik\ntype: po\npupils: 100\nchoices:\n  - intervention: taalvriendelijke-school\n');
    expect(keuzes(file).status).toBe(1);
    const run = keuzes(file, '--new');
    expect(run.status, run.out).toBe(0);
    expect(schoolFile('de-eik')).toContain('name: De Eik');
  });
});

describe('npm run keuzes takes only what a school decides, and writes only files the build accepts', () => {
  test("a file named for one school whose name is another's is refused, naming both, and nothing is written", () => {
    const before = snapshot(contentDir);
    const file = download('cbs-de-wilgenhoek.yaml', 'name: OBS De Regenboog\ntype: po\npupils: 312\nchoices:\n  - intervention: zomerschool\n');
    const run = keuzes(file);
    expect(run.status).toBe(1);
    expect(run.out).toContain(
      `${file}: name "OBS De Regenboog" is niet de school waar het bestand naar heet: dat is "CBS De Wilgenhoek" (schools/cbs-de-wilgenhoek.yaml), deze naam is van schools/obs-de-regenboog.yaml`,
    );
    expect(run.out).toContain('er is niets geschreven');
    expect(snapshot(contentDir)).toEqual(before);
  });

  test('--new refuses a file whose name gives no valid id, and takes a valid id from the name inside when the file name is none', () => {
    const before = snapshot(contentDir);
    const emoji = download('🙂.yaml', 'name: "🙂"\ntype: po\npupils: 10\nchoices: []\n');
    const refused = keuzes(emoji, '--new');
    expect(refused.status).toBe(1);
    expect(refused.out).toContain(`${emoji}: heeft een bestandsnaam die geen geldige id is: "🙂"`);
    expect(snapshot(contentDir)).toEqual(before);

    const run = keuzes(download('a--b.yaml', 'name: De Eik\ntype: po\npupils: 100\nchoices: []\n'), '--new');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('a--b.yaml -> schools/de-eik.yaml');
    const added = Object.keys(snapshot(contentDir)).filter((name) => !(name in before));
    expect(added).toEqual([path.join('schools', 'de-eik.yaml')]);
  });

  test("--new writes the school's public fields and choices, never the team's budget, needsNote, contact or extra", () => {
    const file = download(
      'de-eik.yaml',
      'name: De Eik\ntype: po\npupils: 100\nbudget: 99999\nneedsNote: Van de school zelf.\ncontact:\n  name: Iemand\nextra:\n  korting: ja\nchoices:\n  - intervention: taalvriendelijke-school\n    note: Alle groepen.\n    extra:\n      betaald: ja\n',
    );
    const run = keuzes(file, '--new');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('niet overgenomen, want van het projectteam: budget, contact, needsNote, extra');
    expect(schoolFile('de-eik')).toBe('name: De Eik\ntype: po\npupils: 100\nchoices:\n  - intervention: taalvriendelijke-school\n    note: Alle groepen.\n');
  });

  test("a known school's choices keep the team's extra and never take one from the school's file", () => {
    writeFileSync(path.join(contentDir, 'schools', 'so-de-horizon.yaml'), schoolFile('so-de-horizon').replace('    quantity: 24\n', '    quantity: 24\n    extra:\n      factuur: F-12\n'));
    const horizon = 'name: SO De Horizon\ntype: so\npupils: 96\nbudget: 90000\nchoices:\n  - intervention: zwemvangnet\n    quantity: 24\n  - intervention: rots-en-water\n    extra:\n      factuur: vervalst\n';
    const run = keuzes(download('so-de-horizon.yaml', horizon));
    expect(run.status, run.out).toBe(0);
    const merged = schoolFile('so-de-horizon');
    expect(merged).toContain('budget: 6000\n');
    expect(merged).toMatch(/choices:\n {2}- intervention: zwemvangnet\n {4}quantity: 24\n {4}extra:\n {6}factuur: F-12\n {2}- intervention: rots-en-water\n$/);
  });

  test('a download that is no school file, or cannot be read, is a problem naming it, and nothing is written', () => {
    const before = snapshot(contentDir);
    const list = download('cbs-de-wilgenhoek.yaml', '- intervention: zomerschool\n');
    const missing = path.join(downloads, 'obs-de-regenboog.yaml');
    const run = keuzes(list, missing);
    expect(run.status).toBe(1);
    expect(run.out).toContain(`${list}: moet een blok met velden zijn, niet een lijst`);
    expect(run.out).toContain(`${missing}: verwijst naar een bestand dat niet bestaat`);
    expect(snapshot(contentDir)).toEqual(before);
  });
});
