/**
 * The project team's reports (order letters with the schools' contact persons) are never written
 * into a site folder, where everything is published: the build and `npm run report` refuse such a
 * reports folder with a Dutch message naming it, exit 1, and write nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILD_MARKER, siteHoldingReports } from '../../src/integration/out-dir-guard.ts';
import { contentWith } from '../support/content-fixture.ts';
import { runBuild } from '../support/run-build.ts';
import { runScript } from '../support/run-script.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-reports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const REFUSED = 'ligt in de map van de site';

/** An earlier build: its marker and a page. */
function earlierBuild(name: string): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, BUILD_MARKER), '');
  writeFileSync(path.join(dir, 'index.html'), '<p>vorige site</p>');
  return dir;
}

describe('a reports folder inside a site folder', () => {
  test('is the output folder itself, one inside it, one inside an earlier build, or one reached through a link into it', () => {
    const outDir = path.join(scratch, 'nog-niet-gebouwd');
    expect(siteHoldingReports(path.join(outDir, 'intern'), [outDir])).toBe(outDir);
    expect(siteHoldingReports(outDir, [outDir])).toBe(outDir);
    const built = earlierBuild('oude-site');
    expect(siteHoldingReports(path.join(built, 'intern', 'diep'), [outDir])).toBe(built);
    symlinkSync(built, path.join(scratch, 'snelkoppeling'));
    expect(siteHoldingReports(path.join(scratch, 'snelkoppeling', 'intern'), [])).toBe(built);
  });

  test('is not a folder beside it, or one whose name only starts like it', () => {
    const outDir = path.join(scratch, 'site');
    expect(siteHoldingReports(path.join(scratch, 'reports'), [outDir])).toBeUndefined();
    expect(siteHoldingReports(`${outDir}-reports`, [outDir])).toBeUndefined();
  });
});

describe('npm run build with its reports in the output folder', () => {
  test('--reports-dir <out-dir>/intern: exit 1, a Dutch message naming the folder, and nothing written', async () => {
    const outDir = path.join(scratch, 'build-vlag');
    const reportsDir = path.join(outDir, 'intern');
    const run = await runBuild({ contentDir: contentWith({}), outDir, args: ['--reports-dir', reportsDir] });
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(`${reportsDir}: ${REFUSED} (${outDir})`);
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);

  test('AANBODGIDS_REPORTS_DIR inside an earlier build there: exit 1, and the earlier site is as it was', async () => {
    const outDir = earlierBuild('build-variabele');
    const run = await runBuild({ contentDir: contentWith({}), outDir, env: { AANBODGIDS_REPORTS_DIR: path.join(outDir, 'intern') } });
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(REFUSED);
    expect(readdirSync(outDir).sort()).toEqual([BUILD_MARKER, 'index.html']);
  }, 120_000);
});

describe('npm run report with its reports in a site folder', () => {
  test('inside OUT_DIR: exit 1, a Dutch message naming the folder, and nothing written', () => {
    const outDir = path.join(scratch, 'rapport-out-dir');
    const reportsDir = path.join(outDir, 'intern');
    const run = runScript('report', ['--content', contentWith({}), '--reports-dir', reportsDir], { OUT_DIR: outDir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(`${reportsDir}: ${REFUSED} (${outDir})`);
    expect(existsSync(outDir)).toBe(false);
  });

  test('inside an earlier build anywhere: exit 1, and the site is as it was', () => {
    const built = earlierBuild('rapport-in-build');
    const run = runScript('report', ['--content', contentWith({})], { AANBODGIDS_REPORTS_DIR: path.join(built, 'rapportage-intern') });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(REFUSED);
    expect(readdirSync(built).sort()).toEqual([BUILD_MARKER, 'index.html']);
  });
});
