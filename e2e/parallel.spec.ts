import { expect, test, type Page } from '@playwright/test';
import { publicUrl } from './support';

// The parallel reading view (/parallel/<slug>/): both twins side by side, section beside section.
// Which pages have one, and that their ids are unique, is read from the build by the checks; here
// a reader's view of one template: alignment, the way in and out, phones, and search.

/** Largest gap between the tops of the two headings of each section pair, and how many pairs. */
const headingDeltas = (page: Page) =>
	page.locator('main .pv-row').evaluateAll((rows) => {
		let max = 0;
		let pairs = 0;
		for (const row of rows) {
			const tops = [
				...row.querySelectorAll(':scope > .pv-col > :is(h2, h3, .heading):first-child'),
			].map((h) => h.getBoundingClientRect().top);
			if (tops.length !== 2) continue;
			pairs++;
			max = Math.max(max, Math.abs((tops[0] ?? 0) - (tops[1] ?? 0)));
		}
		return { max, pairs };
	});

test('at 1280 px each section sits beside its twin, headings level, citations and diagrams working', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	for (const path of ['/parallel/about/', '/parallel/kvm/']) {
		await test.step(path, async () => {
			await page.goto(path);
			const en = page.locator('main .pv-col[lang="en"]');
			const zh = page.locator('main .pv-col[lang="zh-CN"]');
			expect(await en.count()).toBeGreaterThan(5);
			expect(await zh.count()).toBe(await en.count());
			const { max, pairs } = await headingDeltas(page);
			expect(pairs).toBeGreaterThan(4);
			expect(max).toBeLessThanOrEqual(4);
			// Side by side: the Chinese column starts right of the English one, at the same height.
			const [a, b] = await Promise.all([en.first().boundingBox(), zh.first().boundingBox()]);
			expect(b?.x ?? 0).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0));
			expect(b?.y).toBe(a?.y);
			// Wide diagrams and tables scroll inside their column, never the page.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				1280
			);
		});
	}

	await test.step('diagrams drawn in both columns', async () => {
		for (const lang of ['en', 'zh-CN']) {
			const diagram = page.locator(`.pv-col[lang="${lang}"] figure.diagram svg`).first();
			await diagram.scrollIntoViewIfNeeded();
			expect((await diagram.boundingBox())?.height ?? 0).toBeGreaterThan(100);
		}
	});

	await test.step('a citation in the Chinese column leads to the Chinese source list', async () => {
		const cite = page.locator('.pv-col[lang="zh-CN"] sup.cite a').first();
		const target = (await cite.getAttribute('href')) ?? '';
		await cite.click();
		const entry = page.locator(`.pv-col[lang="zh-CN"] li${target}`);
		await expect(entry).toBeInViewport();
		await expect(entry).toHaveCSS('background-color', /rgb/);
	});
});

test('the twins link to the view and back, keeping the section', async ({ page }) => {
	await page.goto('/zh-cn/xen/pv-vs-hvm/#spectrum');
	await page.getByRole('banner').getByRole('link', { name: '对照阅读' }).click();
	await expect(page).toHaveURL(/\/parallel\/xen\/pv-vs-hvm\/\?lang=zh-cn#spectrum$/);
	await expect(page.locator('#spectrum')).toBeInViewport();
	await expect(page.locator('#spectrum > .pv-col')).toHaveCount(2);

	await page.getByRole('link', { name: 'This page in English only' }).click();
	await expect(page).toHaveURL(/\/en\/xen\/pv-vs-hvm\/#spectrum$/);
	await expect(
		page.getByRole('banner').getByRole('link', { name: 'Side by side' })
	).toHaveAttribute('href', '/parallel/xen/pv-vs-hvm/?lang=en');
	await page.goBack();
	await page.getByRole('link', { name: '只看本页中文版' }).click();
	await expect(page).toHaveURL(/\/zh-cn\/xen\/pv-vs-hvm\/#spectrum$/);
});

test('on a 360 px phone the reader’s language comes first, the other beneath, nothing overflows', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 800 });
	for (const [lang, first, second] of [
		['zh-cn', 'zh-CN', 'en'],
		['en', 'en', 'zh-CN'],
	] as const) {
		await test.step(`?lang=${lang}`, async () => {
			await page.goto(`/parallel/xen/pv-vs-hvm/?lang=${lang}`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				360
			);
			const title = page.locator('h1');
			const a = await title.locator(`[lang="${first}"]`).boundingBox();
			const b = await title.locator(`[lang="${second}"]`).boundingBox();
			expect(b?.y ?? 0).toBeGreaterThan((a?.y ?? 0) + (a?.height ?? 0) - 1);
			const row = page.locator('#spectrum');
			const mine = await row.locator(`.pv-col[lang="${first}"]`).boundingBox();
			const other = await row.locator(`.pv-col[lang="${second}"]`).boundingBox();
			expect(other?.y ?? 0).toBeGreaterThanOrEqual((mine?.y ?? 0) + (mine?.height ?? 0));
			expect(mine?.width ?? 0).toBeLessThanOrEqual(360);
		});
	}
});

test('search and the sitemap leave the view out; it sends search engines to the twins', async ({
	page,
	request,
}) => {
	await page.goto('/parallel/xen/pv-vs-hvm/');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		publicUrl('/en/xen/pv-vs-hvm/')
	);
	await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
		'href',
		publicUrl('/zh-cn/xen/pv-vs-hvm/')
	);

	await page.goto('/en/xen/pv-vs-hvm/');
	await page.keyboard.press('Control+K');
	await page.getByRole('dialog').getByRole('combobox').fill('ring compression');
	const results = page.locator('#search-results > a[role="option"]');
	await expect(results.first()).toBeVisible({ timeout: 15_000 });
	const hrefs = await results.evaluateAll((links) => links.map((l) => l.getAttribute('href')));
	expect(hrefs.some((href) => href?.includes('/en/xen/pv-vs-hvm/'))).toBe(true);
	expect(hrefs.filter((href) => href?.includes('/parallel/'))).toEqual([]);

	const index = await (await request.get('/sitemap-index.xml')).text();
	const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
	const sitemap = await (await request.get(new URL(sitemapUrl).pathname)).text();
	expect(sitemap).toContain(publicUrl('/en/xen/pv-vs-hvm/'));
	expect(sitemap).not.toContain('/parallel/');
});
