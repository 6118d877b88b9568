import { expect, test } from '@playwright/test';

test.describe('phone layout (360 px)', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the menu button opens all pages and Escape closes it, returning focus', async ({
		page,
	}) => {
		await page.goto('/en/xen/');
		const sidebar = page.getByRole('navigation', { name: 'All pages' });
		await expect(sidebar).toBeHidden();
		const button = page.getByRole('button', { name: 'Menu' });
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await button.click();
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(sidebar).toBeVisible();
		await expect(sidebar.getByRole('link', { name: 'KVM modules' })).toBeVisible();
		await expect(page.getByRole('link', { name: '简体中文' }).last()).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(sidebar).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('the theme select in the menu works and is kept after a reload', async ({ page }) => {
		await page.goto('/zh-cn/kvm/');
		await page.getByRole('button', { name: '菜单' }).click();
		await page.locator('#sidebar').getByLabel('主题').selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.locator('#theme-select')).toHaveValue('dark');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.locator('#theme-select')).toHaveValue('dark');
	});

	test('nothing is wider than the screen', async ({ page }) => {
		for (const path of [
			'/en/',
			'/zh-cn/xen/pv-vs-hvm/',
			'/zh-cn/kvm/modules/',
			'/en/comparison/',
		]) {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});

	test('without JavaScript the contents and all pages are listed after the article', async ({
		browser,
	}) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 360, height: 740 },
		});
		const page = await context.newPage();
		await page.goto('/zh-cn/xen/');
		await expect(page.getByRole('button', { name: '菜单' })).toBeHidden();
		const nav = page.getByRole('navigation', { name: '全部页面' });
		await nav.scrollIntoViewIfNeeded();
		await expect(nav.getByRole('link', { name: 'KVM 模块' })).toBeVisible();
		// The phone bar needs the script that fills it; without it the side column's list follows
		// the article, and the bar is not shown empty.
		await expect(page.locator('details.toc-mobile')).toBeHidden();
		const contents = page.getByRole('navigation', { name: '本页目录' });
		await contents.getByRole('link', { name: '超级调用' }).click();
		await expect(page.locator('#hypercalls')).toBeInViewport();
		const article = await page.locator('main').boundingBox();
		const box = await contents.boundingBox();
		expect(box?.y ?? 0).toBeGreaterThan((article?.y ?? 0) + (article?.height ?? 0) - 1);
		await context.close();
	});
});

test.describe('between phone and wide screens', () => {
	for (const locale of ['en', 'zh-cn'])
		test(`${locale}: the header keeps every control on screen and on one line at 820–1280 px`, async ({
			page,
		}) => {
			await page.goto(`/${locale}/xen/pv-vs-hvm/`);
			const header = page.getByRole('banner');
			for (const width of [820, 900, 1000, 1100, 1200, 1280]) {
				await page.setViewportSize({ width, height: 700 });
				const controls = header.locator('a:visible, button:visible, select:visible');
				expect(await controls.count()).toBeGreaterThan(4);
				for (const control of await controls.all()) {
					const box = await control.boundingBox();
					const name = `${(await control.textContent())?.trim()} at ${width} px`;
					expect(box, name).not.toBeNull();
					expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(width);
					// One line: no control taller than the header's single row.
					expect(box?.height ?? 0, name).toBeLessThanOrEqual(48);
				}
				expect((await header.boundingBox())?.height, `header at ${width} px`).toBeLessThanOrEqual(
					72
				);
			}
		});
});

test.describe('reading a page', () => {
	test('the table of contents links to the headings and previous/next follow reading order', async ({
		page,
	}) => {
		await page.goto('/en/xen/');
		const toc = page.getByRole('complementary').getByRole('navigation', { name: 'On this page' });
		const heading = page.locator('main h2#domains');
		const title = (await heading.textContent())?.trim() ?? '';
		expect(title).not.toBe('');
		await toc.getByRole('link', { name: title, exact: true }).click();
		await expect(page).toHaveURL(/#domains$/);
		await expect(heading).toBeInViewport();
		const pager = page.getByRole('navigation', { name: 'Previous and next page' });
		await expect(pager.getByRole('link', { name: /Previous/ })).toHaveAttribute(
			'href',
			'/en/history/'
		);
		await expect(pager.getByRole('link', { name: /Next/ })).toHaveAttribute(
			'href',
			'/en/xen/pv-vs-hvm/'
		);
	});

	test('the sidebar marks the current page and the header marks its section', async ({ page }) => {
		await page.goto('/zh-cn/xen/pv-vs-hvm/');
		await expect(
			page.getByRole('navigation', { name: '全部页面' }).getByRole('link', { name: 'PV 与 HVM' })
		).toHaveAttribute('aria-current', 'page');
		await expect(
			page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: 'Xen' })
		).toHaveAttribute('aria-current', 'true');
	});

	test('the skip link moves focus to the content', async ({ page }) => {
		await page.goto('/en/kvm/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#content$/);
	});

	test('printing hides navigation and keeps the article', async ({ page }) => {
		await page.goto('/en/xen/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'All pages' })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});
});
