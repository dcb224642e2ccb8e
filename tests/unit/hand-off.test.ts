/**
 * The integration hands its check to Astro once, as virtual modules: the loaders' module holds the
 * catalogue and the bodies as data (no functions, nothing shared through globalThis), the pages'
 * module the build date.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkFolder } from '../../src/integration/check-content.ts';
import { BUILD_MODULE, CHECKED_MODULE, handedCheck, handOffPlugin } from '../../src/integration/hand-off.ts';
import { projectRoot } from '../support/run-build.ts';

const checked = checkFolder(path.join(projectRoot, 'tests/fixtures/minimal'), { buildDate: '2026-03-15' });

/** The module Vite would serve for `id`, evaluated as Astro's module runner would. */
async function served(id: string): Promise<Record<string, unknown>> {
  const plugin = handOffPlugin(checked);
  const resolved = (plugin.resolveId as (id: string) => string | undefined)(id);
  const code = (plugin.load as (id: string) => string | undefined)(resolved!);
  return import(`data:text/javascript,${encodeURIComponent(code!)}`);
}

test('the loaders are handed the validated catalogue and the bodies to render, as data', async () => {
  expect(checked.catalogue).toBeDefined();
  const { default: handed } = await served(CHECKED_MODULE);
  expect(handed).toEqual(handedCheck(checked));
  expect((handed as { interventions: { body: string }[] }).interventions[0]?.body).toBe(checked.interventions[0]?.body);
});

test('pages are handed the date the content was checked as of', async () => {
  expect(await served(BUILD_MODULE)).toMatchObject({ buildDate: '2026-03-15' });
});

test('no other module is answered', () => {
  expect((handOffPlugin(checked).resolveId as (id: string) => string | undefined)('virtual:aanbodgids/anything')).toBeUndefined();
});
