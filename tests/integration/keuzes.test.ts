/** npm run keuzes: the schools' downloaded files merged into a copy of the demo's content folder, run as a user runs it. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
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
