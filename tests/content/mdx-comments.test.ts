/** A comment in an MDX body is a note that runs nothing; code that only looks like one stays code. */
import { expect, test } from 'vitest';
import { isOnlyComments } from '../../src/core/markdown/declarative-mdx.ts';
import { leesclub, problemsWith } from '../support/content-fixture.ts';

const withBody = (body: string) => ({ 'interventions/leesclub.mdx': `${leesclub({})}\n${body}\n` });

test('block and line comments, on one line or several, are allowed', () => {
  expect(problemsWith(withBody('{/* notitie */}\n\nTekst {/* kort */} hier.\n\n{\n  // regel\n  /* en\n  blok */\n}'))).toEqual([]);
});

test('code before, after or inside what looks like a comment is still code', () => {
  for (const source of ['/* a */ alert(1)', 'alert(1) /* a */', '// /*\nalert(1) */', '/* niet gesloten', '/*/ a /*/ x']) {
    expect(isOnlyComments(source), source).toBe(false);
  }
  expect(problemsWith(withBody('{\n// notitie\nprocess.exit(3)\n}'))).toEqual([
    expect.stringMatching(/^interventions\/leesclub\.mdx:\d+: bevat code tussen \{ \}/),
  ]);
});
