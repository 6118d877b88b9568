import { expect, test } from '@playwright/test';

// A diagram frame is a keyboard stop exactly when it scrolls sideways.
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
