import { expect, test } from '@playwright/test';
import { langTag, localeCodes, publicUrl, routes, slugs, watchConsole } from './support';

test.describe('every route in both languages', () => {
	for (const { locale, slug, path } of routes) {
		test(`${path} answers 200 with lang, canonical and hreflang, no console errors`, async ({
			page,
		}) => {
			const errors = watchConsole(page);

			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', langTag(locale));
			await expect(page.locator('h1')).toHaveCount(1);
			await expect(page.locator('main#content')).toBeVisible();

			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', publicUrl(path));
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) =>
					links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])
				);
			const expected = [
				...localeCodes.map((code) => [langTag(code), publicUrl(`/${code}/${slug}`)]),
				['x-default', publicUrl(slug === '' ? '/' : `/en/${slug}`)],
			];
			expect(alternates).toEqual(expected);
			await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute(
				'content',
				locale === 'en' ? 'en_US' : 'zh_CN'
			);

			await page.waitForLoadState('networkidle');
			expect(errors).toEqual([]);
		});
	}

	test('every slug is in the sitemap with both language alternates', async ({ request }) => {
		const index = await (await request.get('/sitemap-index.xml')).text();
		const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
		expect(sitemapUrl).toBeTruthy();
		const sitemap = await (await request.get(new URL(sitemapUrl ?? '').pathname)).text();
		for (const slug of slugs) {
			for (const code of localeCodes) {
				const loc = publicUrl(`/${code}/${slug}`);
				const entry = new RegExp(`<url><loc>${loc}</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
				expect(entry, loc).toContain(`hreflang="zh-CN" href="${publicUrl(`/zh-cn/${slug}`)}"`);
				expect(entry, loc).toContain(`hreflang="en" href="${publicUrl(`/en/${slug}`)}"`);
				expect(entry, loc).toContain('hreflang="x-default"');
			}
		}
		expect(sitemap).not.toContain('404');
	});

	test('robots.txt points at the sitemap', async ({ request }) => {
		const robots = await (await request.get('/robots.txt')).text();
		expect(robots).toContain(`Sitemap: ${publicUrl('/sitemap-index.xml')}`);
	});
});
