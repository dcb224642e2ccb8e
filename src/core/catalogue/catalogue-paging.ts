/**
 * No page lists thousands of interventions at once (issue 7): /aanbod/ shows each domain's first
 * interventions and links to the domain's own pages, which list it all, a page at a time. A
 * municipality's catalogue (a domain of up to 50) is listed in full on /aanbod/ as before.
 */
import type { Intervention } from './catalogue-model.ts';

/** Interventions per page of a domain's list, and the most /aanbod/ shows of one domain. */
export const LIST_PAGE_SIZE = 50;

export interface DomainPreview {
  fixed: Intervention[];
  optional: Intervention[];
  /** Interventions of the domain not shown on /aanbod/ (then it links to the domain's pages). */
  notShown: number;
}

/** The first LIST_PAGE_SIZE interventions of a domain, fixed offer first, as /aanbod/ groups them. */
export function domainPreview(fixed: Intervention[], optional: Intervention[], limit = LIST_PAGE_SIZE): DomainPreview {
  const shownFixed = fixed.slice(0, limit);
  const shownOptional = optional.slice(0, limit - shownFixed.length);
  return { fixed: shownFixed, optional: shownOptional, notShown: fixed.length + optional.length - shownFixed.length - shownOptional.length };
}
