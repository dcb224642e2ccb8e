/**
 * Copies of the small test catalogue with some files changed, for bad-input tests. Every copy a
 * test file makes is removed after that file's tests, so no test leaves folders behind.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { formatProblem } from '../../src/core/validate/format-problem.ts';
import { checkFolder } from '../../src/integration/check-content.ts';
import { minimalContent } from './fixture-sites.ts';

const copies: string[] = [];
// Registered while the importing test file is collected, so it runs after that file's tests.
afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A temporary content folder: the minimal fixture with files replaced (a string), added, or
 * removed (null). Paths are relative to the content folder.
 */
export function contentWith(changes: Record<string, string | null>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aanbodgids-content-'));
  copies.push(dir);
  cpSync(minimalContent, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    const target = path.join(dir, file);
    if (text === null) rmSync(target);
    else writeFileSync(target, text);
  }
  return dir;
}

/** The minimal fixture's leesclub intervention with frontmatter lines replaced. */
export function leesclub(frontmatter: Record<string, string>): string {
  const fields: Record<string, string> = {
    title: 'Leesclub',
    summary: 'Wekelijkse leesclub.',
    domain: 'lezen',
    offer: 'optional',
    provider: 'leeshuis',
    schoolTypes: '[po, vo]',
    ...frontmatter,
  };
  const lines = Object.entries(fields).filter(([, value]) => value !== '').map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\nTekst.\n`;
}

/** The report lines for a changed copy of the minimal catalogue (see contentWith), in the site's language. */
export function problemsWith(changes: Record<string, string | null>): string[] {
  const checked = checkFolder(contentWith(changes));
  return checked.problems.map((problem) => formatProblem(problem, checked.language));
}
