/** The catalogue as the page "Mijn keuzes" needs it (see choosingCatalogue). */
import type { APIRoute } from 'astro';
import { choosingCatalogue } from '../../core/choosing/choosing-catalogue.ts';
import { loadCatalogue } from '../../site/catalogue.ts';

export const GET: APIRoute = async () => Response.json(choosingCatalogue(await loadCatalogue()));
