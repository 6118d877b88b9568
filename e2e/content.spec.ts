import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readYamlList } from '../src/loaders/yaml-list';
import { localeCodes, slugs } from './support';

// Checks over the built pages and the data files: the site's promises about its content.
const dist = new URL('../dist/', import.meta.url);
const root = new URL('../', import.meta.url);
const html = (locale: string, slug: string) =>
	readFile(new URL(`${locale}/${slug}index.html`, dist), 'utf8');
/** The entries of a data file, read by the content layer's own parser. */
const yamlList = async (file: string) =>
	(await readYamlList(`content/data/${file}`, root)).map(({ id, data }) => ({ ...data, id }));
const main = (page: string) => /<main[\s\S]*?<\/main>/.exec(page)?.[0] ?? '';
const ids = (page: string, pattern: RegExp) =>
	[...main(page).matchAll(pattern)].map((m) => m[1] ?? '');
const citationIds = (page: string) => new Set(ids(page, /<li id="ref-([^"]+)"/g));
/** Prose text of a page's content, without tables, diagrams, code and the source list. */
const prose = (page: string) =>
	main(page)
		.replace(/<(table|figure|pre|section class="page-sources"|nav|details)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<sup class="cite"[\s\S]*?<\/sup>/g, '')
		.replace(/<[^>]+>/g, ' ');

const deepPages = ['history/', 'xen/', 'xen/pv-vs-hvm/', 'kvm/', 'kvm/modules/', 'comparison/'];

// Heading ids, diagrams, citations and glossary links of twin pages: `npm run check:parity`.

test('the deep pages reach their depth: 1,200 English words, 2,000 Chinese characters, 8 sources', async () => {
	for (const slug of deepPages) {
		const en = await html('en', slug);
		const zh = await html('zh-cn', slug);
		const words = prose(en)
			.split(/\s+/)
			.filter((w) => /[A-Za-z0-9]/.test(w)).length;
		const hanzi = (prose(zh).match(/[\u3400-\u9fff]/g) ?? []).length;
		expect(words, `${slug} English words`).toBeGreaterThanOrEqual(1200);
		expect(hanzi, `${slug} Chinese characters`).toBeGreaterThanOrEqual(2000);
		expect(citationIds(en).size, `${slug} sources (en)`).toBeGreaterThanOrEqual(8);
		expect(citationIds(zh).size, `${slug} sources (zh-cn)`).toBeGreaterThanOrEqual(8);
	}
});

test('every source in the bibliography is cited somewhere, and the references page lists each once', async () => {
	const cited = new Set<string>();
	for (const locale of localeCodes)
		for (const slug of slugs) for (const id of citationIds(await html(locale, slug))) cited.add(id);
	const sources = (await yamlList('sources/')).map((s) => s.id);
	expect(sources.filter((id) => !cited.has(id))).toEqual([]);
	expect(new Set(sources).size).toBeGreaterThanOrEqual(40);
	for (const locale of localeCodes) {
		const listed = ids(await html(locale, 'references/'), /<li id="source-([^"]+)"/g);
		expect(listed.length).toBe(new Set(listed).size);
		expect(new Set(listed)).toEqual(new Set(sources));
	}
});

test('every glossary entry links to a page and heading that exist', async () => {
	for (const locale of localeCodes) {
		const glossary = await html(locale, 'glossary/');
		const links = [
			...main(glossary).matchAll(/<dd[^>]*>[\s\S]*?<a href="\/[^/]+\/([^"#]*)#?([^"]*)"/g),
		];
		expect(links.length).toBeGreaterThanOrEqual(60);
		for (const [, slug = '', fragment = ''] of links) {
			const target = await html(locale, slug);
			if (fragment) expect(target, `${locale}/${slug}#${fragment}`).toContain(`id="${fragment}"`);
		}
	}
});

test('the data collections hold what the pages promise', async () => {
	const history = (await yamlList('history.yaml')) as unknown as { track: string }[];
	expect(history.length).toBeGreaterThanOrEqual(40);
	expect(new Set(history.map((e) => e.track))).toEqual(
		new Set(['xen', 'kvm', 'hardware', 'linux', 'cloud'])
	);
	expect((await yamlList('kvm-modules.yaml')).length).toBeGreaterThanOrEqual(10);
	const ioctls = (await yamlList('kvm-ioctls.yaml')) as unknown as { class: string }[];
	expect(ioctls.length).toBeGreaterThanOrEqual(12);
	expect(new Set(ioctls.map((i) => i.class))).toEqual(new Set(['system', 'vm', 'vcpu', 'device']));
	expect((await yamlList('comparison.yaml')).length).toBeGreaterThanOrEqual(18);
	expect((await yamlList('glossary.yaml')).length).toBeGreaterThanOrEqual(60);
	expect((await yamlList('modes.yaml')).map((m) => m.id)).toEqual(['pv', 'hvm', 'pvhvm', 'pvh']);
});

test('the timeline: every event is a <time>, and the track filter works without JavaScript', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/zh-cn/history/');
	const events = page.locator('.timeline-list > li');
	const total = await events.count();
	expect(total).toBeGreaterThanOrEqual(40);
	await expect(page.locator('.timeline-list > li time[datetime]')).toHaveCount(total);
	await page.getByRole('radio', { name: '硬件' }).check();
	const visible = await events.evaluateAll(
		(items) => items.filter((li) => (li as HTMLElement).offsetParent !== null).length
	);
	expect(visible).toBeGreaterThan(0);
	expect(visible).toBeLessThan(total);
	await page.getByRole('radio', { name: '全部类别' }).check();
	await expect(events.last()).toBeVisible();
	await context.close();
});

// The card a term opens on hover, focus and tap (other-language term, first sentence) is driven
// in e2e/cards.spec.ts; check:cards reads its data from every built page.
test('the first use of a glossary term links to its entry, once per page', async ({ page }) => {
	await page.goto('/zh-cn/xen/');
	const links = page.locator('main a.term[href="/zh-cn/glossary/#term-event-channel"]');
	await expect(links).toHaveCount(1);
	await links.click();
	await expect(page).toHaveURL(/\/zh-cn\/glossary\/#term-event-channel$/);
	await expect(page.locator('#term-event-channel')).toBeInViewport();

	await page.goto('/en/kvm/');
	// One link per term per page: no glossary target appears twice.
	const targets = await page
		.locator('main a.term')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(targets.length).toBeGreaterThan(10);
	expect(new Set(targets).size).toBe(targets.length);
});
