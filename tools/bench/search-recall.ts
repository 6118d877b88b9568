import type { Page } from '@playwright/test';
import type { RecallQuery } from './search-queries';

export interface RecallResult {
	query: string;
	expected: string;
	/** 1-based position of the expected page among the results shown; 0 when it is not shown. */
	rank: number;
	/** The results shown, as `slug#hash` relative to the locale root, best first. */
	shown: string[];
	milliseconds: number;
}

/**
 * Whether a result link answers a fixture entry: `xen/#hypercalls` asks for that very section,
 * `xen/` for the page, whichever of its sections the link opens.
 */
export function answers(href: string, expected: string): boolean {
	const [page = '', hash] = expected.split('#');
	const [path = '', linkHash] = href.split('#');
	return path === page && (hash === undefined || linkHash === hash);
}

/**
 * Types each recall query into the real search dialog on a page of the given locale, as a reader
 * does, and reports where the expected page ranked among the results it rendered. So the
 * benchmark measures what ships: ranking options, glossary expansion, re-ranking and all.
 */
export async function measureRecall(
	page: Page,
	locale: string,
	queries: RecallQuery[],
	/** Origin to load from, when the page has no baseURL (benchmarks). */
	origin = ''
): Promise<RecallResult[]> {
	await page.goto(`${origin}/${locale}/`);
	await page.keyboard.press('Control+K');
	await page.locator('#search-input').waitFor({ state: 'visible' });
	const shown = await page.evaluate(
		async ({ queries }) => {
			const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
			const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
			const out: { shown: string[]; milliseconds: number }[] = [];
			for (const query of queries) {
				const started = performance.now();
				const rendered = new Promise<void>((resolve) => {
					const done = (event: Event) => {
						if ((event as CustomEvent<{ query: string }>).detail.query !== query.trim()) return;
						dialog.removeEventListener('search:rendered', done);
						resolve();
					};
					dialog.addEventListener('search:rendered', done);
				});
				// The dialog searches only when the query changes; the same query's results are shown.
				if (input.value.trim() !== query.trim()) {
					input.value = query;
					input.dispatchEvent(new Event('input', { bubbles: true }));
					await rendered;
				}
				const links = [
					...dialog.querySelectorAll<HTMLAnchorElement>('#search-results > [role="option"]'),
				];
				out.push({
					shown: links.map((link) => {
						const url = new URL(link.href);
						return url.pathname + url.hash;
					}),
					milliseconds: performance.now() - started,
				});
			}
			return out;
		},
		{ queries: queries.map((q) => q.query) }
	);
	return queries.map(({ query, page: expected }, i) => {
		const links = (shown[i]?.shown ?? []).map((href) => href.replace(`/${locale}/`, ''));
		return {
			query,
			expected,
			rank: links.findIndex((href) => answers(href, expected)) + 1,
			shown: links,
			milliseconds: shown[i]?.milliseconds ?? NaN,
		};
	});
}
