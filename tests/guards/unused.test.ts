import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

// The same check as `npm run check:unused`, with knip.config.ts at the top of the repository.
const knip = path.join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'knip');

test('knip finds no unused file, export, type or dependency', () => {
  const run = spawnSync(process.execPath, [knip, '--no-progress', '--no-config-hints'], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 180_000);
