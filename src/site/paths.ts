/** Links that work under any base path (a municipality publishes under /npo-aanbod/, say). */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `link('aanbod/leesclub/')` -> `/npo-aanbod/aanbod/leesclub/`. */
export const link = (path = ''): string => `${base}${path.replace(/^\//, '')}`;

export const interventionLink = (id: string) => link(`aanbod/${id}/`);
export const providerLink = (id: string) => link(`aanbieders/${id}/`);
export const schoolLink = (id: string) => link(`scholen/${id}/`);
