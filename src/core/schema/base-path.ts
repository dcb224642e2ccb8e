/**
 * site.yaml's basePath, the sub-path the site is published under: `/`, or names of letters, digits,
 * `-`, `_` and single dots between slashes, as in `/npo-aanbod/`. No empty segment (`//host/x/` would be
 * read as another host), no `..`.
 */
export const BASE_PATH_PATTERN = /^\/(?:[\w-]+(?:\.[\w-]+)*\/)*(?:[\w-]+(?:\.[\w-]+)*)?$/;
