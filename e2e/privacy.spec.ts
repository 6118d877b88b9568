import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { htmlFiles, urlOf } from '../tools/lib/site';

// Readers' browsers talk to this site only: no fonts, analytics, scripts or images from other hosts,
// on any page, with search opened, in either theme.
const dist = new URL('../dist/', import.meta.url);

/** Every request the page makes that does not go to the site itself. */
function watchRequests(page: Page, origin: string): { all: string[]; foreign: string[] } {
	const seen = { all: [] as string[], foreign: [] as string[] };
	page.on('request', (request) => {
		const url = request.url();
		seen.all.push(url);
		if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) seen.foreign.push(url);
	});
	return seen;
}

test('every built page, and search, requests nothing from another host', async ({
	page,
	baseURL,
}) => {
	const origin = new URL(baseURL ?? '').origin;
	const requests = watchRequests(page, origin);
	const pages = (await htmlFiles(fileURLToPath(dist))).map(urlOf);
	expect(pages.length).toBeGreaterThanOrEqual(24);
	for (const path of pages) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	for (const [path, query] of [
		['/en/', 'event channel'],
		['/zh-cn/', '热迁移'],
	] as const) {
		await page.goto(path);
		await page.keyboard.press('Control+K');
		await page.getByRole('dialog').getByRole('combobox').fill(query);
		await expect(page.locator('#search-results > a[role="option"]').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
	}
	// The recorder saw the site's own files (so it was listening), and nothing else.
	expect(requests.all.some((url) => url.includes('/pagefind/'))).toBe(true);
	expect(requests.all.length).toBeGreaterThan(pages.length * 2);
	expect(requests.foreign).toEqual([]);
});
