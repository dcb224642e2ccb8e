/** A downloaded school file never holds the team's extra (it is not published); merging it keeps the team's. */
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { mergeChoices } from '../../src/core/choosing/merge-school-file.ts';

const teamFile = [
  'name: De Linde # de school aan de Lindelaan',
  'extra: { scan: 2026-01 }',
  'choices:',
  '  - intervention: leesclub',
  '    extra: { besproken: ja }',
  '  - intervention: voorlezen',
  '',
].join('\n');

test("a kept choice gets its extra back from the team's file; a new or dropped choice does not", () => {
  const merged = mergeChoices(teamFile, [{ intervention: 'leesclub', quantity: 3 }, { intervention: 'mentor' }]);
  expect(parse(merged)).toEqual({
    name: 'De Linde',
    extra: { scan: '2026-01' },
    choices: [{ intervention: 'leesclub', quantity: 3, extra: { besproken: 'ja' } }, { intervention: 'mentor' }],
  });
  expect(merged).toContain('# de school aan de Lindelaan');
});
