import { expect, test, type Locator, type Page } from '@playwright/test';

// Reading on every screen (issue 13): code that reads as code, places a reader can link and keep,
// the phone menu and header, and the root 404 in the reader's language. One page load per
// template and language; what the built HTML alone shows (every heading has its anchor, text-only
// order, each control once) is checked by tools/checks/reading.ts.

test.describe.configure({ mode: 'parallel' });

/** Whether an element's font sets Latin text monospace: six i's as wide as six M's. */
const isMonospace = (locator: Locator) =>
	locator.evaluate((element) => {
		const style = getComputedStyle(element);
		const context = document.createElement('canvas').getContext('2d');
		if (!context) throw new Error('no canvas');
		context.font = `${style.fontSize} ${style.fontFamily}`;
		return context.measureText('iiiiii').width === context.measureText('MMMMMM').width;
	});

const scrollToHeading = (page: Page, id: string) =>
	page.locator(`[id="${id}"]`).evaluate((heading) => heading.scrollIntoView());

test.describe('code', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	for (const [path, name, copied] of [
		['/zh-cn/kvm/', '复制代码', '已复制'],
		['/en/hands-on/', 'Copy code', 'Copied'],
	] as const) {
		test(`${path}: code is monospace and each block copies from the keyboard`, async ({ page }) => {
			await page.goto(path);
			const block = page.locator('main pre').first();
			await test.step('inline code and code blocks are set monospace', async () => {
				expect(await isMonospace(page.locator('main .prose p code').first())).toBe(true);
				expect(await isMonospace(block.locator('.line span').first())).toBe(true);
			});
			await test.step('every block has a copy button, just before the code in tab order', async () => {
				const blocks = await page.locator('main pre').count();
				await expect(page.getByRole('button', { name, exact: true })).toHaveCount(blocks);
				await block.focus();
				await page.keyboard.press('Shift+Tab');
				await expect(page.getByRole('button', { name, exact: true }).first()).toBeFocused();
			});
			await test.step(`Enter copies the block and announces “${copied}”`, async () => {
				await page.keyboard.press('Enter');
				await expect(page.getByRole('status').filter({ hasText: copied })).toHaveText(copied);
				const code = await block.evaluate((pre) => pre.textContent);
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
			});
		});
	}
});

test('places: anchors, the section in view, the language switch and back to top (1280 px)', async ({
	page,
}) => {
	await page.goto('/en/xen/pv-vs-hvm/');
	const toc = page.getByRole('complementary').getByRole('navigation', { name: 'On this page' });
	const anchor = page.getByRole('link', { name: 'Link to section PVHVM: HVM with PV drivers' });

	await test.step('a heading’s anchor shows on hover and on keyboard focus, and links to it', async () => {
		await expect(anchor).toHaveCSS('opacity', '0');
		// The pointer moves onto the heading again if the blocks drawn on the way there moved the
		// page under it (the browser keeps the heading in place, but may not re-check the hover).
		await expect(async () => {
			await page.locator('#pvhvm').hover();
			await expect(anchor).toHaveCSS('opacity', '1', { timeout: 1000 });
		}).toPass();
		await page.mouse.move(0, 0);
		// Instant: a reader scrolls there, then tabs; a smooth scroll still running when Enter
		// follows the anchor can swallow the jump (the heading stayed at 380 px in 2 of 8 runs).
		await page
			.locator('#pvhvm')
			.evaluate((heading) => heading.scrollIntoView({ behavior: 'instant' }));
		// A key press puts the page in keyboard mode (focus-visible) without moving focus: Tab
		// would reach the skip link first, whose focus scrolls the page to the top, racing the jump.
		await page.keyboard.press('Shift');
		await anchor.focus();
		await expect(anchor).toHaveCSS('opacity', '1');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#pvhvm$/);
		// The page scrolls smoothly: the heading ends near the top, under the header.
		await expect
			.poll(() => page.locator('#pvhvm').evaluate((h) => h.getBoundingClientRect().top), {
				timeout: 10_000,
			})
			.toBeLessThan(200);
	});

	await test.step('“On this page” marks the section in view', async () => {
		await expect(toc.getByRole('link', { name: 'PVHVM: HVM with PV drivers' })).toHaveAttribute(
			'aria-current',
			'true'
		);
		await scrollToHeading(page, 'ring-compression');
		await expect(toc.locator('a[aria-current]')).toHaveText(
			'Ring compression: where a PV kernel runs'
		);
	});

	await test.step('the language switch keeps the section in view, with no #fragment', async () => {
		await page.evaluate(() => history.replaceState(null, '', location.pathname));
		// A plain mouse click: Playwright's own would first scroll the sticky header "into view".
		const box = await page
			.getByRole('banner')
			.getByRole('link', { name: '简体中文' })
			.boundingBox();
		await page.mouse.click((box?.x ?? 0) + 10, (box?.y ?? 0) + 10);
		await expect(page).toHaveURL(/\/zh-cn\/xen\/pv-vs-hvm\/#ring-compression$/);
		await expect(page.locator('#ring-compression')).toBeInViewport();
	});

	await test.step('back to top appears down the page and returns to the title', async () => {
		const back = page.getByRole('link', { name: '返回顶部' });
		await expect(back).toBeVisible();
		await back.click();
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
		await expect(back).toBeHidden();
	});
});

test.describe('phone (360 px, touch)', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

	for (const [locale, menu, section, target] of [
		['zh-cn', '菜单', 'PVH：甩掉历史包袱的 PV', '特权级压缩：PV 内核跑在哪一环'],
		['en', 'Menu', 'PVH: PV without the legacy', 'Ring compression: where a PV kernel runs'],
	] as const) {
		test(`${locale}: one-line header, the menu as a modal panel, the current section bar`, async ({
			page,
		}) => {
			await page.goto(`/${locale}/xen/pv-vs-hvm/`);
			const header = page.getByRole('banner');
			const button = header.getByRole('button', { name: menu });
			const sidebar = page.locator('#sidebar');

			await test.step('the header is one line, at most 64 px, icons at least 16 px, at 320 and 360 px', async () => {
				for (const width of [320, 360]) {
					await page.setViewportSize({ width, height: 740 });
					const box = await header.boundingBox();
					expect(box?.height, `header at ${width} px`).toBeLessThanOrEqual(64);
					const title = header.locator('.site-title span');
					const lines = await title.evaluate((span) => {
						const range = document.createRange();
						range.selectNodeContents(span);
						return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
					});
					expect(lines, `title lines at ${width} px`).toBe(1);
					for (const icon of await header.locator('button svg').all()) {
						const size = await icon.boundingBox();
						expect(size?.width, `icon at ${width} px`).toBeGreaterThanOrEqual(16);
						expect(size?.height, `icon at ${width} px`).toBeGreaterThanOrEqual(16);
					}
					expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
				}
			});

			await test.step('the contents bar names the section in view and closes on a choice', async () => {
				await scrollToHeading(page, 'pvh');
				const bar = page.locator('details.toc-mobile');
				await expect(bar.locator('summary')).toContainText(section);
				// Its name (the label is drawn by CSS) says both what it is and where the reader is.
				await expect(bar.locator('summary')).toHaveAccessibleName(new RegExp(`· .*${section}`));
				await bar.locator('summary').tap();
				await bar.getByRole('link', { name: target }).tap();
				await expect(bar).not.toHaveAttribute('open');
				await expect(page.locator('#ring-compression')).toBeInViewport();
				// The heading lands below the header and the bar, not under them.
				const top = (await page.locator('#ring-compression').boundingBox())?.y ?? 0;
				const barBottom = await bar.evaluate((el) => el.getBoundingClientRect().bottom);
				expect(top).toBeGreaterThanOrEqual(barBottom);
			});

			await test.step('the open menu covers the viewport under the header; the page behind stays put', async () => {
				await button.tap();
				await expect(button).toHaveAttribute('aria-expanded', 'true');
				const headerBox = await header.boundingBox();
				const box = await sidebar.boundingBox();
				expect(box).toEqual({
					x: 0,
					y: (headerBox?.y ?? 0) + (headerBox?.height ?? 0),
					width: 360,
					height: 740 - (headerBox?.y ?? 0) - (headerBox?.height ?? 0),
				});
				const before = await page.evaluate(() => scrollY);
				await page.mouse.move(180, 600);
				await page.mouse.wheel(0, 800);
				await page.waitForTimeout(300);
				expect(await page.evaluate(() => scrollY)).toBe(before);
			});

			await test.step('focus stays in the menu; Escape closes it and returns focus', async () => {
				const stops = await sidebar.locator('a, select').count();
				for (let i = 0; i < stops + 3; i++) {
					await page.keyboard.press('Tab');
					const inside = await page.evaluate(
						() =>
							document.activeElement?.id === 'menu-button' ||
							Boolean(document.activeElement?.closest('#sidebar'))
					);
					expect(inside, `focus after ${i + 1} Tab presses`).toBe(true);
				}
				await page.keyboard.press('Escape');
				await expect(sidebar).toBeHidden();
				await expect(button).toBeFocused();
			});

			await test.step('the button closes it too, and a choice closes it', async () => {
				await button.tap();
				await expect(sidebar.getByRole('link', { name: /^(English|简体中文)$/ })).toBeVisible();
				await button.tap();
				await expect(sidebar).toBeHidden();
				await expect(button).toBeFocused();
				await button.tap();
				await sidebar
					.getByRole('link')
					.filter({ hasText: /^(PV vs HVM|PV 与 HVM)$/ })
					.tap();
				await expect(button).toHaveAttribute('aria-expanded', 'false');
				await expect(sidebar).toBeHidden();
			});
		});
	}

	test('the contents bar, opened before any scrolling, closes on a choice and the section lands below it', async ({
		page,
	}) => {
		await page.goto('/zh-cn/xen/pv-vs-hvm/');
		const bar = page.locator('details.toc-mobile');
		await bar.locator('summary').tap();
		await bar.getByRole('link', { name: '特权级压缩：PV 内核跑在哪一环' }).tap();
		await expect(bar).not.toHaveAttribute('open');
		const heading = page.locator('#ring-compression');
		await expect(heading).toBeInViewport();
		const barBottom = await bar.evaluate((el) => el.getBoundingClientRect().bottom);
		await expect
			.poll(async () => (await heading.boundingBox())?.y ?? 0)
			.toBeGreaterThanOrEqual(barBottom);
	});

	test('a long line of code scrolls sideways instead of wrapping', async ({ page }) => {
		await page.goto('/en/kvm/');
		const pre = page.locator('main pre').first();
		// As the reader meets it: a block far down the page is laid out once scrolled near (a frame
		// later).
		await pre.scrollIntoViewIfNeeded();
		await expect.poll(() => pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		const wrapped = await pre
			.locator('.line')
			// A wrapped line has boxes at two heights (one line can be several boxes side by side).
			.evaluateAll(
				(lines) =>
					lines.filter(
						(line) => new Set([...line.getClientRects()].map((box) => Math.round(box.top))).size > 1
					).length
			);
		expect(wrapped).toBe(0);
	});
});

test.describe('not found', () => {
	for (const [path, lang, title, other, search, query] of [
		['/zh-cn/no-such-page/', 'zh-CN', '页面不存在', 'Page not found', '搜索', '授权表'],
		['/en/no-such-page/', 'en', 'Page not found', '页面不存在', 'Search', 'grant table'],
	] as const) {
		test(`${path}: the root 404 in the reader's language first, with header and search`, async ({
			page,
		}) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			await expect(page.getByRole('heading', { name: other })).toBeVisible();
			await page.getByRole('banner').getByRole('button', { name: search }).click();
			await page.getByRole('dialog').getByRole('combobox').fill(query);
			await expect(page.locator('#search-results > a[role="option"]').first()).toBeVisible({
				timeout: 15_000,
			});
		});
	}

	test('without JavaScript the root 404 shows both languages', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/zh-cn/no-such-page/');
		await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
		await context.close();
	});
});
