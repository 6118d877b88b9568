import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { routes } from './support';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const extraPages = ['/', '/404.html', '/en/404.html', '/zh-cn/404.html'];
const paths = [...routes.map((r) => r.path), ...extraPages];

// 96 independent page checks: let both workers share them instead of queueing them on one.
test.describe.configure({ mode: 'parallel' });

const variants = [
	{ name: 'light, desktop', theme: 'light', viewport: { width: 1280, height: 900 } },
	{ name: 'dark, desktop', theme: 'dark', viewport: { width: 1280, height: 900 } },
	{ name: 'light, 360 px', theme: 'light', viewport: { width: 360, height: 740 } },
	{ name: 'dark, 360 px', theme: 'dark', viewport: { width: 360, height: 740 } },
] as const;

for (const variant of variants) {
	test.describe(`axe WCAG 2.x A/AA, ${variant.name}`, () => {
		test.use({ viewport: variant.viewport });
		for (const path of paths) {
			test(path, async ({ page }) => {
				// Stop the root chooser from forwarding, so the chooser itself is checked. (The edited
				// script no longer matches its CSP hash and does not run at all: the chooser stays.)
				await page.addInitScript((theme) => {
					localStorage.setItem('theme', theme);
				}, variant.theme);
				await page.route(/\/$/, async (route) => {
					if (new URL(route.request().url()).pathname !== '/') return route.continue();
					const response = await route.fetch();
					const body = (await response.text()).replace('location.replace(', 'void (');
					return route.fulfill({ response, body });
				});
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', variant.theme);
				const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
				const summary = results.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
				);
				expect(summary).toEqual([]);
			});
		}
	});
}

for (const theme of ['light', 'dark'] as const) {
	test(`axe: the open search dialog with results, ${theme}`, async ({ page }) => {
		await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
		await page.goto('/zh-cn/');
		await page.keyboard.press('Control+K');
		await page.getByRole('dialog').getByRole('combobox').fill('事件通道');
		await expect(page.locator('#search-results a[role="option"]').first()).toBeVisible();
		const results = await new AxeBuilder({ page })
			.withTags(wcag)
			.include('#search-dialog')
			.analyze();
		expect(
			results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
			)
		).toEqual([]);
	});
}
