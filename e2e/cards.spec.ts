import { expect, test, type Locator, type Page } from '@playwright/test';

// Issue 13, as a reader meets it: glossary cards (hover, keyboard, tap), citations that show
// their source and lead back, and wide tables that say they scroll and keep their labels in view.
// Facts readable from the built HTML (every page's og:image, every backlink, markers per header
// cell) are checked by tools/checks/reading.ts instead.

/** Gives keyboard focus to `target` as Tab does: from the focusable element before it. */
async function tabTo(page: Page, target: Locator) {
	await target.evaluate((element) => {
		const focusable = [
			...document.querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex="0"]'),
		].filter((e) => e.checkVisibility());
		focusable[focusable.indexOf(element as HTMLElement) - 1]?.focus();
	});
	// The element before may be a glossary term, whose card (and its link) comes next.
	for (let i = 0; i < 2 && !(await target.evaluate((e) => e === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(target).toBeFocused();
}

/** The text CSS draws after an element (a citation's tooltip), or '' when it draws none. */
const drawnAfter = (link: Locator) =>
	link.evaluate((element) => {
		const after = getComputedStyle(element, '::after');
		return after.display === 'none' || after.content === 'none' ? '' : after.content;
	});

test.describe('desktop (1280 px)', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('a glossary term opens a card on hover and on keyboard focus; its link says only the term', async ({
		page,
	}) => {
		await page.goto('/en/xen/pv-vs-hvm/');
		const card = page.locator('#term-card');
		const term = page.locator('main a.term', { hasText: /^guests$/ });

		await test.step('the link is named by the visible term, not "guests客户机"', async () => {
			await expect(page.getByRole('link', { name: 'guests', exact: true })).toHaveCount(1);
			await expect(card).toBeHidden();
		});

		await test.step('hover: the other-language term with its lang, the first sentence, a link to the entry', async () => {
			await term.hover();
			await expect(card).toBeVisible();
			await expect(card.locator('[lang="zh-CN"]')).toHaveText('客户机');
			await expect(card).toContainText(
				'The operating system and software running inside a virtual machine'
			);
			await expect(card.getByRole('link', { name: 'Guest' })).toHaveAttribute(
				'href',
				/\/en\/glossary\/#term-guest$/
			);
			// Below the term, not over it.
			const [t, c] = [await term.boundingBox(), await card.boundingBox()];
			expect(c && t && c.y).toBeGreaterThanOrEqual((t?.y ?? 0) + (t?.height ?? 0) - 1);
			await page.mouse.move(5, 5);
			await expect(card).toBeHidden();
		});

		await test.step('QEMU reads as the device model it links to, in both languages', async () => {
			const qemu = page.locator('main a.term', { hasText: /^QEMU$/ });
			await qemu.hover();
			await expect(card.getByRole('link')).toHaveText('Device model (QEMU)');
			await expect(card.locator('[lang="zh-CN"]')).toHaveText('设备模型（QEMU）');
			await page.mouse.move(5, 5);
		});

		await test.step('keyboard: focus opens it, Tab reaches its link, Escape closes it back on the term', async () => {
			await tabTo(page, term);
			await expect(card).toBeVisible();
			await expect(card).toContainText('客户机');
			await page.keyboard.press('Tab');
			await expect(card.getByRole('link', { name: 'Guest' })).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(card).toBeHidden();
			await expect(term).toBeFocused();
		});
	});

	test('a citation shows its source on hover and focus; the source list leads back to each place', async ({
		page,
	}) => {
		await page.goto('/en/xen/pv-vs-hvm/');
		const sources = page.getByRole('region', { name: 'Sources' });
		const entry = sources.getByRole('listitem').first();
		const title = (await entry.locator('cite').textContent())?.trim() ?? '';
		const marker = page.getByRole('link', { name: /^\[\s*Source 1\s*\]$/ }).first();

		await test.step('hover and keyboard focus show the title', async () => {
			expect(await drawnAfter(marker)).toBe('');
			await marker.hover();
			expect(await drawnAfter(marker)).toContain(title);
			await page.mouse.move(5, 5);
			await tabTo(page, marker);
			expect(await drawnAfter(marker)).toContain(title);
		});

		await test.step('↩ a, b, c: each leads back to one place that cites the source', async () => {
			const back = entry.getByRole('link', { name: /^Back to citation [a-z]+$/ });
			expect(await back.count()).toBeGreaterThan(1);
			await back.nth(1).click();
			await expect(page).toHaveURL(/#cite-[\w-]+-2$/);
			const second = page.locator(':target');
			await expect(second).toBeInViewport();
			await expect(second).toHaveAccessibleName(/^\[\s*Source 1\s*\]$/);
			await expect(
				sources.getByRole('link', { name: 'Back to the citation', exact: true }).first()
			).toBeVisible();
		});
	});

	test('a table taller than the screen keeps its header row in view', async ({ page }) => {
		await page.goto('/en/comparison/');
		const wrap = page.getByRole('region', { name: 'Xen and KVM compared' });
		const header = wrap.getByRole('columnheader', { name: 'KVM' });
		// Instant, so the wheel below lands on the table and not on a page still scrolling to it.
		await wrap.evaluate((element) => element.scrollIntoView({ behavior: 'instant' }));
		const box = await wrap.boundingBox();
		const top = box?.y ?? 0;
		await page.mouse.move(640, top + Math.min(300, (box?.height ?? 0) / 2));
		await page.mouse.wheel(0, 2500);
		await expect.poll(() => wrap.evaluate((e) => e.scrollTop)).toBeGreaterThan(1000);
		const y = (await header.boundingBox())?.y ?? -1;
		expect(Math.abs(y - top)).toBeLessThan(4);
	});
});

test.describe('phone (360 px, touch)', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('a tap opens the glossary card, a tap outside closes it, its link leads to the entry', async ({
		page,
	}) => {
		await page.goto('/zh-cn/xen/pv-vs-hvm/');
		const card = page.locator('#term-card');
		const term = page.locator('main a.term').first();
		const name = (await term.textContent()) ?? '';

		await test.step('the link is named by the visible term only', async () => {
			await expect(term).toHaveAccessibleName(name);
			expect(name).not.toMatch(/[A-Za-z]/);
		});

		await test.step('first tap: the card, on screen, in place of leaving the page', async () => {
			await term.tap();
			await expect(card).toBeVisible();
			await expect(page).toHaveURL(/\/zh-cn\/xen\/pv-vs-hvm\/$/);
			await expect(card.locator('[lang="en"]')).not.toBeEmpty();
			await expect(card).toContainText('。');
			const box = await card.boundingBox();
			expect(box?.x).toBeGreaterThanOrEqual(0);
			expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
		});

		await test.step('a tap elsewhere closes it', async () => {
			await page.locator('main h1').tap();
			await expect(card).toBeHidden();
		});

		await test.step('its link leads to the glossary entry', async () => {
			await term.tap();
			const href = (await term.getAttribute('href')) ?? '';
			await card.getByRole('link').tap();
			await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#-]/g, '\\$&')}$`));
		});
	});

	test('a wide table says it scrolls, keeps its first column, and labels fit; citations lead back in Chinese', async ({
		page,
	}) => {
		await page.goto('/zh-cn/kvm/modules/');
		const wrap = page.getByRole('region', { name: 'KVM 内核模块与内置组件' });
		const firstCell = wrap.getByRole('rowheader').first();

		await test.step('a shadow at the edge where more table is hidden', async () => {
			await wrap.scrollIntoViewIfNeeded();
			const box = (await wrap.boundingBox())!;
			// The right edge of the box with the table itself made invisible: only the cue is drawn.
			const edge = () =>
				page.screenshot({
					clip: { x: box.x + box.width - 20, y: box.y + 40, width: 18, height: 40 },
					style: '.table-wrap table { visibility: hidden; }',
				});
			const shadow = () => firstCell.evaluate((cell) => getComputedStyle(cell).boxShadow);
			const atStart = { right: await edge(), left: await shadow() };
			await wrap.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
			await expect.poll(() => wrap.evaluate((e) => e.scrollLeft)).toBeGreaterThan(100);
			// At the end the right shadow is gone; the first column now casts one over what scrolled.
			expect((await edge()).equals(atStart.right)).toBe(false);
			const none = /^none$|^rgba\(0, 0, 0, 0\)/;
			expect(atStart.left).toMatch(none);
			await expect.poll(shadow).not.toMatch(none);
		});

		await test.step('the first column stays in place while the table scrolls sideways', async () => {
			const x = (await firstCell.boundingBox())?.x;
			await wrap.evaluate((element) => element.scrollTo({ left: 0 }));
			await expect.poll(async () => (await firstCell.boundingBox())?.x).toBe(x);
		});

		await test.step('citations lead back in Chinese', async () => {
			await expect(
				page
					.getByRole('region', { name: '参考资料' })
					.getByRole('link', { name: /^返回引用处( [a-z]+)?$/ })
					.first()
			).toBeAttached();
		});

		await test.step('the home table’s row labels are one line ("首次发布", not "首次 / 发布")', async () => {
			await page.goto('/zh-cn/');
			const label = page.getByRole('cell', { name: '首次发布', exact: true });
			const lines = await label.evaluate((cell) => {
				const range = document.createRange();
				range.selectNodeContents(cell);
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
			});
			expect(lines).toBe(1);
		});
	});
});
