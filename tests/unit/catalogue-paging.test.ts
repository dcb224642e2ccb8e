/** Large catalogues on the site: no page lists them whole (issue 7). */
import { expect, test } from 'vitest';
import type { Intervention } from '../../src/core/catalogue/catalogue-model.ts';
import { domainPreview, LIST_PAGE_SIZE } from '../../src/core/catalogue/catalogue-paging.ts';

const interventions = (offer: 'fixed' | 'optional', n: number) => Array.from({ length: n }, (_, i) => ({ id: `${offer}-${i}`, offer }) as Intervention);

test('a domain of up to 50 is shown whole on /aanbod/', () => {
  const preview = domainPreview(interventions('fixed', 10), interventions('optional', 40));
  expect([preview.fixed.length, preview.optional.length, preview.notShown]).toEqual([10, 40, 0]);
});

test('a larger domain shows its first 50, fixed offer first, and counts the rest for its own pages', () => {
  const preview = domainPreview(interventions('fixed', 30), interventions('optional', 300));
  expect(preview.fixed.length + preview.optional.length).toBe(LIST_PAGE_SIZE);
  expect(preview.fixed).toHaveLength(30);
  expect(preview.notShown).toBe(280);
});
