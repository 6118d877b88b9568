import { expect, test, type Page } from '@playwright/test';
import { enQueries, zhQueries, type RecallQuery } from '../tools/bench/search-queries';
import { measureRecall } from '../tools/bench/search-recall';

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

/**
 * The address a result opens, whatever `?highlight=` it carries (the landing page drops that once
 * its highlight script has run): path and fragment must match exactly.
 */
const opened = (pathAndHash: string) => {
	const [path = '', hash = ''] = pathAndHash.split('#');
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
	return new RegExp(`^[a-z]+://[^/]+${escape(path)}(\\?[^#]*)?${hash ? `#${escape(hash)}` : ''}$`);
};
/** Opening a result loads a page (and, the first time, the index): room for a busy machine. */
const navigation = { timeout: 20_000 };

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
		// Pressing the shortcut again in the open box changes nothing about where focus returns.
		await page.keyboard.press('Control+K');
		await page.keyboard.press('Escape');
		await expect(link).toBeFocused();
	});

	test('typing and Enter right after Ctrl K, while the search code is still loading, open the first result', async ({
		page,
	}) => {
		// A slow connection: the search code arrives half a second after the shortcut.
		await page.route(/search-ui/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 500));
			await route.continue();
		});
		await page.goto('/en/kvm/');
		await page.keyboard.press('Control+K');
		await page.keyboard.type('hypercall');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(opened('/en/xen/#hypercalls'), navigation);
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

	test('nothing is chosen until an arrow key; arrows, Home and End move; Enter opens the chosen one', async ({
		page,
	}) => {
		await page.goto('/en/');
		await openWith(page, 'ctrl-k');
		await searchFor(page, 'hypercall');
		const options = page.locator('#search-results a[role="option"]');
		const combobox = page.getByRole('dialog').getByRole('combobox');
		await expect(options.nth(2)).toBeVisible();
		await expect(page.locator('#search-results [aria-selected="true"]')).toHaveCount(0);
		await expect(combobox).not.toHaveAttribute('aria-activedescendant', /./);
		expect(await page.locator('#search-results').evaluate((list) => list.scrollTop)).toBe(0);
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
		await expect(combobox).toHaveAttribute(
			'aria-activedescendant',
			(await options.nth(1).getAttribute('id')) ?? ''
		);
		await page.keyboard.press('End');
		await expect(options.last()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Home');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowDown');
		const target = new URL((await options.nth(1).getAttribute('href')) ?? '', 'http://x');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(opened(target.pathname + target.hash), navigation);
	});

	for (const [start, query, answer] of [
		['/en/kvm/', 'hypercall', '/en/xen/#hypercalls'],
		['/zh-cn/kvm/', '事件通道', '/zh-cn/xen/#event-channels'],
	] as const) {
		test(`typing "${query}" and pressing Enter opens the first result shown: ${answer}`, async ({
			page,
		}) => {
			await page.goto(start);
			await openWith(page, 'ctrl-k');
			await searchFor(page, query);
			const first = await page
				.locator('#search-results > a[role="option"]')
				.first()
				.getAttribute('href');
			const shown = new URL(first ?? '', 'http://x');
			expect(shown.pathname + shown.hash).toBe(answer);
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(opened(answer), navigation);
		});
	}

	test('Enter pressed right after typing, before results show, opens the first result for the whole query', async ({
		page,
	}) => {
		await page.goto('/zh-cn/kvm/');
		await openWith(page, 'ctrl-k');
		await page.getByRole('dialog').getByRole('combobox').pressSequentially('超级调用');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(opened('/zh-cn/xen/#hypercalls'), navigation);
	});

	test('the landing page highlights the match in the linked section; Escape clears it', async ({
		page,
	}) => {
		await page.goto('/en/kvm/');
		await openWith(page, 'ctrl-k');
		await searchFor(page, 'grant table');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(opened('/en/xen/#grant-tables'), navigation);
		const hits = page.locator('mark.search-hit');
		await expect(hits.first()).toBeVisible(navigation);
		// The parameter is gone once the highlight is drawn: a reload or a shared link is plain.
		await expect(page).toHaveURL(/\/en\/xen\/#grant-tables$/);
		// The first highlight in view is inside the Grant tables section, not the page's first mention.
		const inView = page.locator('.heading:has(> h2#grant-tables) ~ * mark.search-hit').first();
		await expect(inView).toBeInViewport();
		expect(await hits.count()).toBeGreaterThan(1);
		await page.keyboard.press('Escape');
		await expect(hits).toHaveCount(0);
	});

	test('a page opened without search highlights nothing', async ({ page }) => {
		await page.goto('/en/xen/#grant-tables');
		await expect(page.locator('mark.search-hit')).toHaveCount(0);
	});

	test('a glossary term shows a Definition row linking to its entry, and the excerpts carry no hidden hint', async ({
		page,
	}) => {
		await page.goto('/en/');
		await openWith(page, 'ctrl-k');
		await searchFor(page, 'hypercall');
		const definition = page.locator('.search-definition');
		await expect(definition).toContainText('Definition');
		await expect(definition).toContainText('Hypercall');
		expect(new URL((await definition.getAttribute('href')) ?? '', 'http://x').pathname).toBe(
			'/en/glossary/'
		);
		expect(await definition.getAttribute('href')).toMatch(/#term-hypercall$/);
		for (const href of await optionHrefs(page)) expect(href).not.toBe('/en/glossary/');
		const excerpts = await page.locator('.search-result-excerpt').allTextContents();
		for (const excerpt of excerpts) expect(excerpt).not.toMatch(/[\u3400-\u9fff]/);
		await definition.click();
		await expect(page.locator('#term-hypercall')).toBeInViewport();
	});

	test('a typo offers "did you mean" and the corrected results', async ({ page }) => {
		await page.goto('/en/');
		await openWith(page, 'ctrl-k');
		await searchFor(page, 'hypervisior');
		await expect(page.locator('.search-suggestion')).toContainText('Did you mean hypervisor?');
		expect((await optionHrefs(page))[0]).toBe('/en/');
		const first = await page
			.locator('#search-results > a[role="option"]')
			.first()
			.getAttribute('href');
		expect(first).toMatch(/#what-is-a-hypervisor$/);
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

test.describe('keyboard label and markup', () => {
	test('the shortcut reads ⌘K on a Mac and Ctrl K elsewhere', async ({ page }) => {
		await page.goto('/en/');
		const key = page.getByRole('banner').locator('[data-search-key]');
		await expect(key).toHaveText('Ctrl K');
		await page.addInitScript(() =>
			Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' })
		);
		await page.reload();
		await expect(key).toHaveText('⌘K');
	});

	test('the search box is a text input with combobox semantics (valid for the Nu checker)', async ({
		page,
	}) => {
		await page.goto('/en/');
		const input = page.locator('#search-input');
		await expect(input).toHaveAttribute('type', 'text');
		await expect(input).toHaveAttribute('inputmode', 'search');
		await expect(input).toHaveAttribute('enterkeyhint', 'search');
		await expect(input).toHaveAttribute('role', 'combobox');
	});
});

for (const [locale, queries] of [
	['zh-cn', zhQueries],
	['en', enQueries],
] as [string, RecallQuery[]][]) {
	test(`recall through the dialog (${locale}): top 3 ≥ 97% and top 1 ≥ 85% of the fixture`, async ({
		page,
	}) => {
		// Dozens of queries typed through the dialog: more than the default timeout on a busy machine.
		test.slow();
		const results = await measureRecall(page, locale, queries);
		for (const r of results)
			for (const href of r.shown) expect(href.startsWith('/'), `${r.query}: ${href}`).toBe(false);
		const misses = (n: number) =>
			results
				.filter((r) => r.rank === 0 || r.rank > n)
				.map((r) => `${r.query} → ${r.expected} (got ${r.shown.slice(0, 3).join(', ')})`);
		const share = (n: number) => (results.length - misses(n).length) / results.length;
		expect(share(3), misses(3).join('; ')).toBeGreaterThanOrEqual(0.97);
		expect(share(1), misses(1).join('; ')).toBeGreaterThanOrEqual(0.85);
	});
}
