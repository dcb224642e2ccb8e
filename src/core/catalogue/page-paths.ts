/**
 * Where the site's pages live, relative to its root: what the pages link to, what a brochure
 * prints as an address, what the choosing page links to, what the search index reads and what the
 * open data points at. The base path or the site's address goes in front where each is used
 * (site/paths.ts's link, the brochure's siteAddress, the islands' base).
 */

/** The whole offer, grouped by domain, with the search. */
export const CATALOGUE_PATH = 'aanbod/';

export const interventionPath = (id: string): string => `${CATALOGUE_PATH}${id}/`;
export const providerPath = (id: string): string => `aanbieders/${id}/`;
export const schoolPath = (id: string): string => `scholen/${id}/`;

/** A domain's list, page by page: `domeinen/taal/`, then `domeinen/taal/2/`. */
export const domainPath = (id: string, page = 1): string => (page === 1 ? `domeinen/${id}/` : `domeinen/${id}/${page}/`);
