/**
 * Content is data: the files it names are read only when they are ordinary UTF-8 files inside the
 * content folder. Every refusal is a problem in the one-run list naming file and field; a file's
 * contents are never shown.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/core/validate/format-problem.ts';
import { checkFolder } from '../../src/integration/check-content.ts';
import { contentWith, leesclub } from '../support/content-fixture.ts';
import { minimalContent } from '../support/fixture-sites.ts';

const outside = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-outside-'));
const secret = path.join(outside, 'geheim.yaml');
writeFileSync(secret, 'name: GEHEIM-UIT-DE-SCHIJF\n');
writeFileSync(path.join(outside, 'outside.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const siteYaml = readFileSync(path.join(minimalContent, 'site.yaml'), 'utf8');
const withLogo = (file: string) => `${siteYaml}\nlogo:\n  file: ${file}\n  alt: Logo\n`;

function report(dir: string): string[] {
  const checked = checkFolder(dir);
  expect(checked.catalogue).toBeUndefined();
  return checked.problems.map((problem) => formatProblem(problem, checked.language));
}

describe('files outside the content folder', () => {
  test('a provider file that is a symlink to a file outside the content folder is refused without printing its contents', () => {
    const dir = contentWith({});
    rmSync(path.join(dir, 'providers/leeshuis.yaml'));
    symlinkSync(secret, path.join(dir, 'providers/leeshuis.yaml'));
    const lines = report(dir);
    expect(lines.join('\n')).not.toContain('GEHEIM');
    expect(lines.some((line) => line.startsWith('providers/leeshuis.yaml: verwijst naar een bestand buiten de inhoudsmap'))).toBe(true);
  });

  test('a logo symlinked to /etc/passwd is refused, naming site.yaml and logo.file', () => {
    const dir = contentWith({ 'site.yaml': withLogo('logo.svg') });
    symlinkSync('/etc/passwd', path.join(dir, 'logo.svg'));
    const lines = report(dir);
    expect(lines).toEqual([expect.stringMatching(/^site\.yaml: logo\.file "logo\.svg" verwijst naar een bestand buiten de inhoudsmap/)]);
    expect(lines.join('\n')).not.toContain('root:');
  });

  test('a body image ../../outside.png that climbs out of the content folder is refused with its line', () => {
    // The path climbs from the copy's own interventions folder, wherever the project and the copy lie.
    const dir = contentWith({});
    const relative = path.relative(path.join(dir, 'interventions'), path.join(outside, 'outside.png'));
    writeFileSync(path.join(dir, 'interventions/leesclub.mdx'), leesclub({}).replace('Tekst.', `Tekst.\n\n![foto](${relative})`));
    const lines = report(dir);
    expect(lines).toEqual([expect.stringMatching(/^interventions\/leesclub\.mdx:\d+: body ".*outside\.png" verwijst naar een bestand buiten de inhoudsmap/)]);
  });
});

describe('files that are not what they seem', () => {
  test('a missing logo, a missing body image and a dangling symlink are problems of the one run', () => {
    const body = leesclub({}).replace('Tekst.', 'Tekst.\n\n![foto](./fotos/weg.png)');
    const dir = contentWith({ 'site.yaml': withLogo('logo.png'), 'interventions/leesclub.mdx': body });
    symlinkSync(path.join(dir, 'nergens.yaml'), path.join(dir, 'schools/spook.yaml'));
    expect(report(dir).map((line) => line.split('\n')[0])).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx:12: body "./fotos/weg.png" verwijst naar een bestand dat niet bestaat",
        "schools/spook.yaml: is een snelkoppeling (symlink) naar iets dat niet bestaat",
        "site.yaml: logo.file "logo.png" verwijst naar een bestand dat niet bestaat",
      ]
    `);
  });

  test('a logo whose bytes are not the format its extension names is a problem', () => {
    const dir = contentWith({ 'site.yaml': withLogo('logo.png'), 'logo.png': 'dit is tekst, geen PNG' });
    expect(report(dir).map((line) => line.split('\n')[0])).toMatchInlineSnapshot(`
      [
        "site.yaml: logo.file "logo.png" is geen PNG-bestand",
      ]
    `);
  });

  test('a FIFO named x.yaml is reported, not waited on forever', () => {
    const dir = contentWith({});
    execFileSync('mkfifo', [path.join(dir, 'schools/x.yaml')]);
    expect(report(dir).map((line) => line.split('\n')[0])).toEqual(['schools/x.yaml: is geen gewoon bestand']);
  }, 10_000);

  test('a file in Latin-1 is an encoding problem of that file', () => {
    const dir = contentWith({});
    writeFileSync(path.join(dir, 'providers/leeshuis.yaml'), Buffer.from('name: Caf\xe9 Leeshuis\n', 'latin1'));
    expect(report(dir).map((line) => line.split('\n')[0])).toEqual(['providers/leeshuis.yaml: is niet in UTF-8 opgeslagen (bijvoorbeeld Latin-1 of Windows-1252)']);
  });

  test('a YAML alias bomb is a problem of that file, not a build that runs out of memory', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level++) lines.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(', ')}]`);
    const dir = contentWith({ 'providers/leeshuis.yaml': `name: Leeshuis\nextra:\n  ${lines.join('\n  ')}\n` });
    expect(report(dir).map((line) => line.split('\n')[0])).toEqual(['providers/leeshuis.yaml: gebruikt te veel YAML-verwijzingen (aliassen, *naam)']);
  });
});
