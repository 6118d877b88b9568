import type { APIRoute } from 'astro';
import { getSearchTerms } from '../lib/data';

/** Glossary spellings for the search dialog, fetched only when a reader opens search. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getSearchTerms()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
