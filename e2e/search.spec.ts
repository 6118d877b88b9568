import { expect, test, type Page } from '@playwright/test';
import { enQueries, zhQueries, type RecallQuery } from '../tools/bench/search-queries';

const searchRequests = (url: string) => /\/pagefind\/|search-ui|search-terms/.test(url);

async function openWith(page: Page, how: 'button' | 'ctrl-k' | 'slash') {
	if (how === 'button')
		await page
			.getByRole('banner')
			.getByRole('button', { name: /Search|搜索/ })
			.click();
	if (how === 'ctrl-k') await page.keyboard.press('Control+K');
	if (how === 'slash') await page.keyboard.press('/');
	await expect(page.getByRole('dialog')).toBeVisible();
	await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
}

/** Types a query and waits until the dialog has rendered results for exactly that query. */
async function searchFor(page: Page, query: string) {
	const rendered = page.evaluate(
		(q) =>
			new Promise<void>((resolve) => {
				const dialog = document.querySelector('#search-dialog')!;
				const done = (event: Event) => {
					if ((event as CustomEvent<{ query: string }>).detail.query === q) {
						dialog.removeEventListener('search:rendered', done);
						resolve();
					}
				};
				dialog.addEventListener('search:rendered', done);
			}),
		query.trim()
	);
	await page.getByRole('dialog').getByRole('combobox').fill(query);
	await rendered;
}

const optionHrefs = (page: Page) =>
	page
		.locator('#search-results > a[role="option"]')
		.evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname));

test.describe('opening and closing', () => {
	test('no search code loads until the dialog opens; button, Ctrl+K and / all open it', async ({
		page,
	}) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto('/en/kvm/');
		await page.waitForLoadState('networkidle');
		expect(requested.filter(searchRequests)).toEqual([]);

		await openWith(page, 'button');
		await expect
			.poll(() => requested.some((url) => url.includes('/pagefind/en/pagefind.js')))
			.toBe(true);
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toBeHidden();
		await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeFocused();

		await openWith(page, 'ctrl-k');
		await page.keyboard.press('Escape');
		await page.locator('main h1').click();
		await openWith(page, 'slash');
	});

	test('Escape returns focus to where it was before the shortcut', async ({ page }) => {
		await page.goto('/zh-cn/');
		const link = page.locator('main .prose a').first();
		await link.focus();
		await openWith(page, 'ctrl-k');
		await page.keyboard.press('Escape');
		await expect(link).toBeFocused();
	});

	test('typing "/" in the search box types a slash instead of reopening', async ({ page }) => {
		await page.goto('/en/');
		await openWith(page, 'slash');
		await page.keyboard.type('/dev/kvm');
		await expect(page.getByRole('dialog').getByRole('combobox')).toHaveValue('/dev/kvm');
	});
});

test.describe('results', () => {
	test('show title, section and a highlighted excerpt, all in the page language', async ({
		page,
	}) => {
		await page.goto('/zh-cn/');
		await openWith(page, 'ctrl-k');
		await searchFor(page, '事件通道');
		const first = page.locator('#search-results > a[role="option"]').first();
		await expect(first.locator('.search-result-title')).not.toBeEmpty();
		await expect(first.locator('.search-result-section')).not.toBeEmpty();
		await expect(first.locator('.search-result-excerpt mark').first()).toBeVisible();
		const hrefs = await optionHrefs(page);
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href).toMatch(/^\/zh-cn\//);
		await expect(page.getByRole('status')).toContainText(String(hrefs.length));
	});

	test('arrow keys move through the results and Enter opens the selected one', async ({ page }) => {
		await page.goto('/en/');
		await openWith(page, 'ctrl-k');
		await searchFor(page, 'hypercall');
		const options = page.locator('#search-results a[role="option"]');
		await expect(options.nth(1)).toBeVisible();
		// Until the reader moves, no result is selected (Enter opens the first).
		await expect(page.locator('#search-results [aria-selected="true"]')).toHaveCount(0);
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
		await expect(page.getByRole('dialog').getByRole('combobox')).toHaveAttribute(
			'aria-activedescendant',
			(await options.nth(1).getAttribute('id')) ?? ''
		);
		const target = new URL((await options.nth(1).getAttribute('href')) ?? '', 'http://x').pathname;
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${target.replace(/\//g, '\\/')}(#.*)?$`));
	});

	test('the section filter keeps results inside that section', async ({ page }) => {
		await page.goto('/zh-cn/');
		await openWith(page, 'ctrl-k');
		await searchFor(page, '事件通道');
		expect((await optionHrefs(page)).some((href) => !href.startsWith('/zh-cn/kvm/'))).toBe(true);
		const rendered = page.evaluate(
			() =>
				new Promise<void>((resolve) =>
					document
						.querySelector('#search-dialog')!
						.addEventListener('search:rendered', () => resolve(), { once: true })
				)
		);
		await page.getByRole('dialog').getByLabel('KVM').check();
		await rendered;
		const hrefs = await optionHrefs(page);
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href).toMatch(/^\/zh-cn\/kvm\//);
	});

	test('with nothing in the page language, the other language is offered and labelled', async ({
		page,
	}) => {
		await page.goto('/zh-cn/');
		await openWith(page, 'ctrl-k');
		await searchFor(page, 'guarantee');
		await expect(page.locator('#search-results > a[role="option"]')).toHaveCount(0);
		const group = page.getByRole('group', { name: 'English 页面中的结果' });
		await expect(group).toBeVisible();
		const other = group.getByRole('option');
		await expect(other.first()).toHaveAttribute('lang', 'en');
		expect(new URL((await other.first().getAttribute('href')) ?? '', 'http://x').pathname).toMatch(
			/^\/en\//
		);
		await expect(page.getByRole('status')).toContainText('没有找到');
	});

	test('glossary expansion: a Chinese term finds English pages and an English term finds Chinese pages', async ({
		page,
	}) => {
		await page.goto('/en/');
		await openWith(page, 'ctrl-k');
		await searchFor(page, '授权表');
		expect(await optionHrefs(page)).toContain('/en/xen/');

		await page.goto('/zh-cn/');
		await openWith(page, 'ctrl-k');
		await searchFor(page, 'shadow page tables');
		expect(await optionHrefs(page)).toContain('/zh-cn/xen/pv-vs-hvm/');
	});

	test('on a phone the dialog fills the screen', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto('/zh-cn/kvm/');
		await openWith(page, 'button');
		const box = await page.getByRole('dialog').boundingBox();
		expect(box?.width).toBeGreaterThanOrEqual(359);
		await searchFor(page, '内存槽');
		await expect(page.locator('#search-results a[role="option"]').first()).toBeInViewport();
		await context.close();
	});
});

for (const [locale, queries] of [
	['zh-cn', zhQueries],
	['en', enQueries],
] as [string, RecallQuery[]][]) {
	test(`recall: at least 95% of the ${locale} fixture queries put their page in the top 3`, async ({
		page,
	}) => {
		// Dozens of queries typed through the dialog: more than the default timeout on a busy machine.
		test.slow();
		await page.goto(`/${locale}/`);
		await openWith(page, 'ctrl-k');
		const misses: string[] = [];
		for (const { query, page: expected } of queries) {
			await searchFor(page, query);
			const top = (await optionHrefs(page)).slice(0, 3);
			for (const href of top)
				expect(href.startsWith(`/${locale}/`), `${query}: ${href}`).toBe(true);
			if (!top.includes(`/${locale}/${expected}`))
				misses.push(`${query} → ${expected} (got ${top.join(', ')})`);
		}
		const recall = (queries.length - misses.length) / queries.length;
		expect(recall, misses.join('; ')).toBeGreaterThanOrEqual(0.95);
	});
}
