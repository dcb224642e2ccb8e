import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * One project per kind of test, each a folder of tests/ (unit, content, site, brochure, e2e...):
 * `npm run test:unit` runs one kind, `npm test` all of them. A new folder of tests is a project of
 * its own, so no test is left out. Only tests that read a built site build one
 * (tests/support/fixture-sites.ts), once per run.
 */
const NOT_TESTS = ['support', 'fixtures'];
const kinds = readdirSync(new URL('tests', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !NOT_TESTS.includes(entry.name))
  .map((entry) => entry.name);

export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    projects: kinds.map((kind) => ({ extends: true, test: { name: kind, include: [`tests/${kind}/**/*.test.ts`] } })),
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
