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
 * Runs recall queries through Pagefind's JavaScript API on a page of the given locale, exactly as
 * the search dialog loads it, and reports where each expected page ranked.
 */
export async function measureRecall(
	page: Page,
	locale: string,
	queries: RecallQuery[],
	ranking: Record<string, number> = {},
	/** Origin to load from, when the page has no baseURL (benchmarks). */
	origin = ''
): Promise<RecallResult[]> {
	await page.goto(`${origin}/${locale}/`);
	return page.evaluate(
		async ({ locale, queries, ranking }) => {
			const pagefind = await import(`/pagefind/${locale}/pagefind.js`);
			await pagefind.options({ excerptLength: 22, ranking });
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
		{ locale, queries, ranking }
	);
}
