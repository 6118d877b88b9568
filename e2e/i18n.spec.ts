import { expect, test } from '@playwright/test';

test.describe('language switcher', () => {
	test('lands on the twin page, keeps the #fragment and remembers the choice', async ({ page }) => {
		await page.goto('/en/xen/#domains');
		await page.getByRole('banner').getByRole('link', { name: '简体中文' }).click();
		await expect(page).toHaveURL(/\/zh-cn\/xen\/#domains$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.locator('#domains')).toBeInViewport();
		expect(await page.evaluate(() => localStorage.getItem('lang'))).toBe('zh-cn');

		await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en\/xen\/#domains$/);
		expect(await page.evaluate(() => localStorage.getItem('lang'))).toBe('en');
	});

	test('without JavaScript the switcher still links to the twin page', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/zh-cn/kvm/modules/');
		await expect(page.getByRole('banner').getByRole('link', { name: 'English' })).toHaveAttribute(
			'href',
			'/en/kvm/modules/'
		);
		await context.close();
	});

	test('the switcher link is marked with the target language', async ({ page }) => {
		await page.goto('/en/');
		const link = page.getByRole('banner').getByRole('link', { name: '简体中文' });
		await expect(link).toHaveAttribute('lang', 'zh-CN');
		await expect(link).toHaveAttribute('hreflang', 'zh-CN');
	});
});

test.describe('root language chooser', () => {
	test('sends a Chinese-preferring browser to /zh-cn/', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'zh-CN' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/zh-cn\/$/);
		await context.close();
	});

	test('sends an English-preferring browser to /en/', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'en-GB' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/en\/$/);
		await context.close();
	});

	test('a remembered choice beats the browser preference, and Back does not bounce', async ({
		browser,
	}) => {
		const context = await browser.newContext({ locale: 'en-US' });
		const page = await context.newPage();
		await page.goto('/en/about/');
		await page.getByRole('banner').getByRole('link', { name: '简体中文' }).click();
		await expect(page).toHaveURL(/\/zh-cn\/about\/$/);
		await page.goto('/');
		await expect(page).toHaveURL(/\/zh-cn\/$/);
		await page.goBack();
		// The chooser replaced its own history entry, so Back returns to the page before it.
		await expect(page).toHaveURL(/\/zh-cn\/about\/$/);
		await context.close();
	});

	test('without JavaScript shows both languages as plain links and stays put', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByRole('link', { name: /English/ })).toHaveAttribute('href', '/en/');
		await expect(page.getByRole('link', { name: /简体中文/ })).toHaveAttribute('href', '/zh-cn/');
		await expect(page.locator('section[lang="zh-CN"] h1')).toHaveText('Xen 与 KVM 虚拟化指南');
		await context.close();
	});
});

test.describe('404 pages', () => {
	test('an unknown address answers 404 with the bilingual page', async ({ page }) => {
		const response = await page.goto('/en/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
		await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
		await expect(page.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/zh-cn/');
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	});

	for (const [locale, lang, heading, home] of [
		['en', 'en', 'Page not found', 'Go to the home page'],
		['zh-cn', 'zh-CN', '页面不存在', '返回首页'],
	] as const) {
		test(`${locale} has its own 404 page with navigation`, async ({ page }) => {
			await page.goto(`/${locale}/404.html`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page.getByRole('link', { name: home })).toHaveAttribute('href', `/${locale}/`);
			await expect(page.getByRole('navigation').first().getByRole('link')).not.toHaveCount(0);
		});
	}
});
