/** Runs `npm run import` on a fresh copy of the test catalogue and checks that it wrote nothing. */
import { expect } from 'vitest';
import { contentWith } from './content-fixture.ts';
import { snapshot } from './folder-snapshot.ts';
import { runScript, type ScriptRun } from './run-script.ts';

export function importRefused(file: string): ScriptRun {
  const contentDir = contentWith({});
  const before = snapshot(contentDir);
  const run = runScript('import', [file, '--content', contentDir]);
  expect(snapshot(contentDir)).toEqual(before);
  return run;
}
