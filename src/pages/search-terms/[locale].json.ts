import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, type Locale } from '../../i18n/locales';
import { getSearchTerms } from '../../lib/data';
import { getSearchHeadings } from '../../lib/docs';
import type { SearchTerms } from '../../lib/search';

export const getStaticPaths = (() =>
	localeCodes.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/**
 * What the search dialog of one language needs besides Pagefind, fetched only when a reader opens
 * search: every glossary spelling in both languages (for cross-language expansion), this
 * language's definitions and headings.
 */
export const GET: APIRoute = async ({ params }) => {
	const locale = params['locale'] as Locale;
	const terms: SearchTerms = {
		glossary: (await getSearchTerms()).map((entry) => ({
			...entry,
			definition: { [locale]: entry.definition[locale] ?? '' },
		})),
		headings: { [locale]: (await getSearchHeadings())[locale] },
	};
	return new Response(JSON.stringify(terms), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
