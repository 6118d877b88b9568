import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
	legibilityProblems,
	measureLoadedPage,
	themes,
	viewportWidths,
	type DiagramMeasurement,
} from '../tools/lib/diagram-legibility';
import { routes } from './support';

const sourceFile = (locale: string, slug: string) => {
	const base = new URL(`../content/docs/${locale}/`, import.meta.url);
	return slug === '' ? new URL('index.mdx', base) : new URL(`${slug.slice(0, -1)}.mdx`, base);
};

/** The diagrams each page's MDX source declares: [accTitle, accDescr] per ```mermaid fence. */
async function declaredDiagrams(locale: string, slug: string): Promise<[string, string][]> {
	let text: string;
	try {
		text = await readFile(sourceFile(locale, slug), 'utf8');
	} catch {
		text = await readFile(
			new URL('index.mdx', sourceFile(locale, slug).href.replace(/\.mdx$/, '/')),
			'utf8'
		);
	}
	return [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map(([, body = '']) => [
		/accTitle:\s*(.+)/.exec(body)?.[1]?.trim() ?? '',
		/accDescr:\s*(.+)/.exec(body)?.[1]?.trim() ?? '',
	]);
}

const withDiagrams = async () => {
	const result: { path: string; locale: string; diagrams: [string, string][] }[] = [];
	for (const route of routes) {
		const diagrams = await declaredDiagrams(route.locale, route.slug);
		if (diagrams.length) result.push({ path: route.path, locale: route.locale, diagrams });
	}
	return result;
};

test('diagrams follow the theme select, not only the system setting', async ({ page }) => {
	await page.goto('/en/xen/');
	const shape = page
		.locator('figure.diagram svg .node rect, figure.diagram svg .node polygon')
		.first();
	const fill = () => shape.evaluate((el) => getComputedStyle(el).fill);
	const stroke = () => shape.evaluate((el) => getComputedStyle(el).stroke);
	const light = [await fill(), await stroke()];
	await page.getByRole('banner').getByLabel('Theme').selectOption('dark');
	const dark = [await fill(), await stroke()];
	expect(dark[0]).not.toBe(light[0]);
	expect(dark[1]).not.toBe(light[1]);
	await page.reload();
	expect([await fill(), await stroke()]).toEqual(dark);
});

async function labelOverflows(page: Page) {
	return page.evaluate(() => {
		const shapes = 'rect, polygon, circle, ellipse, path.label-container, path.node-bkg';
		let checked = 0;
		const problems: string[] = [];
		// Message, loop and condition texts float beside lines, not inside a box of their own.
		const floating =
			'.messageText, .loopText, .sectionTitle, .labelText, .sequenceNumber, .edgeLabel text';
		for (const text of document.querySelectorAll<SVGTextElement>('figure.diagram svg text')) {
			if (!text.textContent?.trim() || text.matches(floating)) continue;
			// The label's box is a shape that is a direct child of the nearest group holding one.
			// (Mermaid also leaves empty zero-size rects beside labels; those are not boxes.)
			const isBox = (el: Element) => {
				const r = el.getBoundingClientRect();
				return el.matches(shapes) && r.width > 0 && r.height > 0;
			};
			let group = text.parentElement;
			let shape: Element | null = null;
			for (let depth = 0; group && depth < 4 && !shape; depth++) {
				shape = [...group.children].find(isBox) ?? null;
				if (!shape) group = group.parentElement;
			}
			if (!shape || shape.closest('.loopLine')) continue;
			const t = text.getBoundingClientRect();
			const s = shape.getBoundingClientRect();
			checked++;
			// Width is what a wrong or missing CJK font breaks; glyph ascent may poke a few px above a cluster's top edge.
			const dx = 1;
			const dy = 4;
			if (
				t.left < s.left - dx ||
				t.right > s.right + dx ||
				t.top < s.top - dy ||
				t.bottom > s.bottom + dy
			) {
				problems.push(
					`${text.textContent.trim()}: text ${Math.round(t.width)}×${Math.round(t.height)} box ${Math.round(s.width)}×${Math.round(s.height)}`
				);
			}
		}
		return { checked, problems };
	});
}

// One walk over the diagram pages, one load each: what the reader is shown (an accessible image with
// its caption, a full-size copy), what is not sent (mermaid), and how it reads (labels inside their
// boxes, text size at each width and scheme). Loading each page once keeps the cost per page, not
// per check.
test('every diagram page: accessible, captioned, full-size, no mermaid code, legible at 1280 and 360 px in both schemes', async ({
	page,
}) => {
	// About 40 s on a quiet two-core machine; four times that under heavy load.
	test.setTimeout(300_000);
	const pages = await withDiagrams();
	const total = { en: 0, 'zh-cn': 0 } as Record<string, number>;
	const scripts = new Set<string>();
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.add(request.url());
	});
	const measurements: DiagramMeasurement[] = [];
	let labelsChecked = 0;
	for (const { path, locale, diagrams } of pages) {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(path);
		const figures = page.locator('figure.diagram');
		await expect(figures, path).toHaveCount(diagrams.length);
		const links = page.locator('figure.diagram figcaption a.diagram-full-size');
		await expect(links, path).toHaveCount(diagrams.length);
		for (const [index, [title, description]] of diagrams.entries()) {
			const figure = figures.nth(index);
			const image = figure.getByRole('img', { name: title, exact: true });
			await expect(image, `${path} #${index}`).toBeVisible();
			await expect(image).toHaveAccessibleDescription(description);
			await expect(figure.locator('figcaption')).toContainText(title);
			await expect(figure.locator('figcaption')).toContainText(description);
			// The full-size link opens the same diagram as a standalone SVG at its natural size.
			const href = await links.nth(index).getAttribute('href');
			const response = await page.request.get(new URL(href ?? '', page.url()).href);
			expect(response.status(), `${path} #${index} ${href}`).toBe(200);
			expect(response.headers()['content-type']).toContain('image/svg+xml');
			const svg = await response.text();
			expect(svg).toContain(`>${title}</title>`);
			expect(svg).toMatch(/<svg[^>]* width="\d+" height="\d+"/);
		}
		await expect(page.locator('code.language-mermaid')).toHaveCount(0);
		await expect(page.locator('main')).not.toContainText('accTitle');
		const inline = await page
			.locator('script')
			.evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
		for (const code of inline) expect(code.toLowerCase(), path).not.toContain('mermaid');
		if (locale === 'zh-cn') {
			const result = await labelOverflows(page);
			expect(result.problems, path).toEqual([]);
			labelsChecked += result.checked;
		}
		measurements.push(...(await measureLoadedPage(page, path)));
		total[locale] = (total[locale] ?? 0) + diagrams.length;
	}
	// The diagram set the site promises: at least ten per language.
	expect(total['en']).toBeGreaterThanOrEqual(10);
	expect(total['zh-cn']).toBeGreaterThanOrEqual(10);
	// Dozens of labelled boxes exist across the Chinese diagrams; make sure they were measured.
	expect(labelsChecked).toBeGreaterThan(40);
	// Every diagram of every page, at each width, in each scheme, was measured.
	const perPass = pages.reduce((n, p) => n + p.diagrams.length, 0);
	expect(measurements).toHaveLength(perPass * viewportWidths.length * themes.length);
	expect(legibilityProblems(measurements)).toEqual([]);
	// No page script is, or loads, mermaid.
	expect(scripts.size).toBeGreaterThan(0);
	for (const url of scripts) {
		expect(url.toLowerCase()).not.toContain('mermaid');
		expect((await (await page.request.get(url)).text()).toLowerCase(), url).not.toContain(
			'mermaid'
		);
	}
});
