import type { Page } from '@playwright/test';
import type { RecallQuery } from './search-queries';

export interface RecallResult {
	query: string;
	expected: string;
	rank: number;
	top: string[];
	milliseconds: number;
}

/**
 * Runs recall queries through Pagefind's JavaScript API on a page of the given locale, with the
 * options the search dialog uses, and reports where each expected page ranked. Only the query as
 * typed is searched: the dialog's glossary expansion into the other language is not measured.
 */
export async function measureRecall(
	page: Page,
	locale: string,
	queries: RecallQuery[],
	/** Pagefind options, normally `pagefindOptions` from src/lib/search.ts. */
	options: object = {},
	/** Origin to load from, when the page has no baseURL (benchmarks). */
	origin = ''
): Promise<RecallResult[]> {
	await page.goto(`${origin}/${locale}/`);
	return page.evaluate(
		async ({ locale, queries, options }) => {
			const pagefind = await import(`/pagefind/${locale}/pagefind.js`);
			await pagefind.options(options);
			await pagefind.init();
			const out = [];
			for (const { query, page } of queries) {
				const started = performance.now();
				const response = await pagefind.search(query);
				const top = await Promise.all(
					response.results
						.slice(0, 3)
						.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url)
				);
				const slugs = top.map((url: string) => url.replace(`/${locale}/`, ''));
				out.push({
					query,
					expected: page,
					rank: slugs.indexOf(page) + 1,
					top: slugs,
					milliseconds: performance.now() - started,
				});
			}
			return out;
		},
		{ locale, queries, options }
	);
}
