import type { APIRoute } from 'astro';
import { getSearchTerms } from '../lib/data';
import { getSearchHeadings } from '../lib/docs';
import type { SearchTerms } from '../lib/search';

/** Glossary terms and page headings for the search dialog, fetched only when a reader opens search. */
export const GET: APIRoute = async () => {
	const terms: SearchTerms = {
		glossary: await getSearchTerms(),
		headings: await getSearchHeadings(),
	};
	return new Response(JSON.stringify(terms), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
