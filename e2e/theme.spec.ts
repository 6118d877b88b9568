import { expect, test, type Page } from '@playwright/test';

/**
 * Records the theme attribute when the <body> element is created, and the colour scheme in the
 * first animation frame, which browsers run only once render-blocking CSS is in: i.e. what the
 * first paint uses.
 */
async function themeAtFirstPaint(page: Page) {
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.body) return;
			observer.disconnect();
			const w = window as unknown as { __themeAtBody?: unknown };
			const theme = document.documentElement.dataset['theme'] ?? null;
			requestAnimationFrame(() => {
				w.__themeAtBody = { theme, scheme: getComputedStyle(document.documentElement).colorScheme };
			});
		}).observe(document, { childList: true, subtree: true });
	});
}

test('the chosen theme persists across reloads and applies before the body is painted', async ({
	page,
}) => {
	await themeAtFirstPaint(page);
	await page.goto('/en/history/');
	const select = page.getByRole('banner').getByLabel('Theme');
	await expect(select).toHaveValue('auto');
	await select.selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

	await page.reload();
	expect(
		await page.evaluate(() => (window as unknown as { __themeAtBody: unknown }).__themeAtBody)
	).toEqual({
		theme: 'dark',
		scheme: 'dark',
	});
	await expect(page.getByRole('banner').getByLabel('Theme')).toHaveValue('dark');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);

	// The choice carries over to the other language too.
	await page.goto('/zh-cn/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('banner').getByLabel('主题')).toHaveValue('dark');
});

test('light overrides a dark operating system, and System follows it again', async ({
	browser,
}) => {
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto('/en/');
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const systemDark = await background();
	await page.getByRole('banner').getByLabel('Theme').selectOption('light');
	expect(await background()).not.toBe(systemDark);
	await page.reload();
	expect(await background()).not.toBe(systemDark);
	await page.getByRole('banner').getByLabel('Theme').selectOption('auto');
	expect(await background()).toBe(systemDark);
	await page.reload();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	await context.close();
});

test('without JavaScript the page follows the system theme and hides the useless control', async ({
	browser,
}) => {
	const backgrounds: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ javaScriptEnabled: false, colorScheme });
		const page = await context.newPage();
		await page.goto('/en/kvm/');
		await expect(page.getByRole('banner').getByLabel('Theme')).toBeHidden();
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
		backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
		await context.close();
	}
	expect(backgrounds[0]).not.toBe(backgrounds[1]);
});
