/** Links that work under any base path (a municipality publishes under /npo-aanbod/, say). */
import { domainPath, interventionPath, providerPath, schoolPath } from '../core/catalogue/page-paths.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `link('aanbod/leesclub/')` -> `/npo-aanbod/aanbod/leesclub/`. */
export const link = (path = ''): string => `${base}${path.replace(/^\//, '')}`;

export const interventionLink = (id: string) => link(interventionPath(id));
export const providerLink = (id: string) => link(providerPath(id));
export const schoolLink = (id: string) => link(schoolPath(id));
export const domainLink = (id: string, page?: number) => link(domainPath(id, page));
