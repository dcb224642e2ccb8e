/**
 * Dev mode hands each new check to the loaders through Astro's refreshContent, which skips a
 * refresh without a word while Astro reloads its content config: the check is offered again.
 */
import { expect, test } from 'vitest';
import { handToLoaders } from '../../src/integration/dev-checks.ts';
import { REFRESHED_CHECK, type HandedCheck, type RefreshedCheck } from '../../src/integration/hand-off.ts';

const check: HandedCheck = { contentDir: '/inhoud', catalogue: undefined, interventions: [] };

/** A refreshContent that skips the first `skipped` calls, as Astro does while its content config reloads, and then runs the loader. */
function astroSkipping(skipped: number) {
  const calls: RefreshedCheck[] = [];
  const refreshContent = async ({ context }: { context?: Record<string, unknown> }) => {
    const refreshed = context?.[REFRESHED_CHECK] as RefreshedCheck;
    calls.push(refreshed);
    if (calls.length > skipped) refreshed.taken();
  };
  return { refreshContent, calls };
}

test('a check that Astro skips is offered again until a loader has taken it', async () => {
  const astro = astroSkipping(2);
  expect(await handToLoaders(astro.refreshContent, ['aanbodgids-site'], check, () => false)).toBe(true);
  expect(astro.calls).toHaveLength(3);
  expect(astro.calls.every((call) => call.check === check)).toBe(true);
});

test('a check superseded by a later one is no longer offered', async () => {
  const astro = astroSkipping(Infinity);
  let later = false;
  const offered = handToLoaders(astro.refreshContent, ['aanbodgids-site'], check, () => later);
  later = true;
  expect(await offered).toBe(false);
  expect(astro.calls).toHaveLength(1);
});
