import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Long pages leave sections, diagrams and glossary entries away from the screen undrawn
 * (content-visibility: auto, src/styles/rendering.css). What a reader uses to reach them must still
 * work: find-in-page (driven here through a text fragment, which uses the same search), anchor
 * jumps, the table of contents, and print. One template per behaviour: a long doc page, the
 * glossary, a page of diagrams.
 */

/** Whether the element's box is drawn (not skipped by an off-screen content-visibility box). */
const drawn = (locator: Locator) =>
	locator.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));

/** The element overlaps the viewport (below the sticky header). */
async function expectInView(page: Page, locator: Locator, what: string) {
	await expect
		.poll(
			async () => {
				const box = await locator.evaluate((el) => el.getBoundingClientRect().toJSON());
				const height = page.viewportSize()?.height ?? 0;
				return box.bottom > 0 && box.top < height;
			},
			{ message: `${what} is scrolled into view` }
		)
		.toBe(true);
}

test('long page: skipped sections are found, jumped to from the contents and printed', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/en/comparison/');
	const sections = page.locator('main .page-section');
	const last = sections.last();

	await test.step('sections far below the screen are not drawn on load', async () => {
		expect(await sections.count()).toBeGreaterThan(4);
		expect(await drawn(sections.first())).toBe(true);
		expect(await drawn(last.locator('p').last())).toBe(false);
	});

	await test.step('the table of contents jumps into an undrawn section', async () => {
		const heading = last.locator('h2');
		const id = await heading.getAttribute('id');
		await page.locator(`.toc a[href="#${id}"]`).click();
		await expect(page).toHaveURL(new RegExp(`#${id}$`));
		await expectInView(page, heading, `the last section's heading #${id}`);
		expect(await drawn(heading)).toBe(true);
	});

	await test.step('print draws every section and diagram', async () => {
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.emulateMedia({ media: 'print' });
		for (const box of await page.locator('.page-section, figure.diagram').all())
			expect(await drawn(box.locator(':scope > :last-child'))).toBe(true);
		await page.emulateMedia({ media: 'screen' });
	});

	await test.step('find-in-page (a text fragment) reaches text in an undrawn section', async () => {
		// textContent: innerText is empty for text the browser has not drawn.
		const paragraph = last.locator('p').last();
		const text = (await paragraph.textContent()) ?? '';
		const words = text.trim().split(/\s+/).slice(0, 4).join(' ');
		expect(words.length).toBeGreaterThan(10);
		await page.goto('/en/');
		await page.goto(`/en/comparison/#:~:text=${encodeURIComponent(words)}`);
		await expectInView(page, page.locator('main p', { hasText: words }).last(), `"${words}"`);
	});
});

test('glossary: a link to an entry far down the list lands on it (zh-cn)', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/zh-cn/glossary/');
	const entry = page.locator('.glossary-entry').last();
	const id = await entry.getAttribute('id');
	expect(await drawn(entry.locator('dd'))).toBe(false);
	await page.goto(`/zh-cn/glossary/#${id}`);
	await expectInView(page, entry, `glossary entry #${id}`);
});

test('diagram frames are tab stops only while they scroll sideways', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/en/xen/');
	const frames = page.locator('.diagram-canvas');
	expect(await frames.count()).toBeGreaterThan(1);
	for (const frame of await frames.all()) {
		await frame.scrollIntoViewIfNeeded();
		const fits = await frame.evaluate((el) => el.scrollWidth <= el.clientWidth);
		expect(fits, 'every diagram of /en/xen/ fits the column at 1280 px').toBe(true);
		await expect(frame).not.toHaveAttribute('tabindex');
	}
	await page.setViewportSize({ width: 360, height: 740 });
	const first = frames.first();
	await first.scrollIntoViewIfNeeded();
	expect(await first.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	await expect(first).toHaveAttribute('tabindex', '0');
	// Focused, the arrow keys scroll it.
	await first.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => first.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
