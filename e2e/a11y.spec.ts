import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPaths } from './support';

// axe, WCAG 2.0–2.2 A and AA. Every rule runs once per page (light theme, desktop). What changes
// with the width is layout, the same for every page of one template, so the phone width runs every
// rule once per template. What changes with the theme is colour, which comes from the components
// (code, tables, diagrams, cards, the timeline), not from the page: after the phone run, the same
// load switches to dark and runs the two colour rules (contrast, links in text) on each template,
// one page for each kind of block, at 360 px and again at 1280 px.
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// The parallel views repeat the single pages' content in one more template: one of them stands
// for all in the page walk (its content is checked on the single pages): a mid-sized one with
// diagrams.
const parallelTemplate = '/parallel/management/';
const paths = (await builtPaths()).filter(
	(path) => !path.startsWith('/parallel/') || path === parallelTemplate
);

/** One page of each template and of each kind of content block (tables, diagrams, lists). */
const templates = [
	'/', // the root language chooser
	'/404.html', // the bilingual not-found page
	'/zh-cn/404.html', // a localized not-found page
	'/zh-cn/', // a home page
	'/en/xen/pv-vs-hvm/', // an article with diagrams
	'/zh-cn/hands-on/', // code blocks (both colour themes of the highlighter)
	'/zh-cn/comparison/', // wide data tables
	'/en/kvm/modules/', // the module and ioctl tables
	'/en/history/', // the timeline
	'/zh-cn/glossary/', // the glossary list
	'/en/references/', // the bibliography
	parallelTemplate, // both languages side by side
];

test.describe.configure({ mode: 'parallel' });

async function open(page: Page, path: string, theme: 'light' | 'dark') {
	await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
	// Stop the root chooser from forwarding, so the chooser itself is checked. (The edited script no
	// longer matches its CSP hash and does not run at all: the chooser stays.)
	await page.route(/\/$/, async (route) => {
		if (new URL(route.request().url()).pathname !== '/') return route.continue();
		const response = await route.fetch();
		const body = (await response.text()).replace('location.replace(', 'void (');
		return route.fulfill({ response, body });
	});
	await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

const summary = (violations: { id: string; nodes: { target: unknown[] }[] }[]) =>
	violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);

test('the phone-width templates are on the site', () => {
	for (const path of templates) expect(paths, path).toContain(path);
});

// Only violations are needed: skipping the passes and incomplete lists makes each run much faster
// on long pages (axe otherwise serialises every node it checked). Legacy mode runs axe.run in the
// page itself; the default splits the run into per-frame partial results finished in a second,
// blank page, which exists for cross-origin iframes (the site has none) and measured 9.0 s against
// 1.9 s on /en/xen/ (same rules, same violations).
const axe = (page: Page) =>
	new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });

for (const path of paths) {
	test(`${path}: every rule, light, 1280 px`, async ({ page }) => {
		await open(page, path, 'light');
		const light = await axe(page).withTags(wcag).analyze();
		expect(summary(light.violations)).toEqual([]);
	});
}

for (const path of templates) {
	test(`${path}: every rule at 360 px, then the colour rules in dark at 360 and 1280 px`, async ({
		page,
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await open(page, path, 'light');
		const phone = await axe(page).withTags(wcag).analyze();
		expect(summary(phone.violations), 'light').toEqual([]);
		// The reader's switch to dark, without a reload: what changes is colour.
		await page.evaluate(() => {
			localStorage.setItem('theme', 'dark');
			document.documentElement.dataset.theme = 'dark';
		});
		const colour = () => axe(page).withRules(['color-contrast', 'link-in-text-block']).analyze();
		expect(summary((await colour()).violations), 'dark, 360 px').toEqual([]);
		// Wide screens show what phones hide (the header's section links, the side contents).
		await page.setViewportSize({ width: 1280, height: 800 });
		expect(summary((await colour()).violations), 'dark, 1280 px').toEqual([]);
	});
}

for (const theme of ['light', 'dark'] as const) {
	test(`the open search dialog with results, ${theme}`, async ({ page }) => {
		await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
		await page.goto('/zh-cn/');
		await page.keyboard.press('Control+K');
		await page.getByRole('dialog').getByRole('combobox').fill('事件通道');
		await expect(page.locator('#search-results a[role="option"]').first()).toBeVisible();
		const results = await axe(page).withTags(wcag).include('#search-dialog').analyze();
		expect(summary(results.violations)).toEqual([]);
	});
}
