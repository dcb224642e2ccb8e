/** Each school's name and type, for the "Kies dit aanbod" button on intervention pages. */
import type { APIRoute } from 'astro';
import { schoolTypesById } from '../../core/choosing/choosing-catalogue.ts';
import { loadCatalogue } from '../../site/catalogue.ts';

export const GET: APIRoute = async () => Response.json(schoolTypesById(await loadCatalogue()));
