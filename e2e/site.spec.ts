import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { builtPaths, langTag, localeCodes, localeOf, publicUrl, watchConsole } from './support';

// One pass over every built page does what four specs once did page by page: the page answers,
// carries its language and head links, logs no error, breaks no Content-Security-Policy rule,
// asks no other host for anything and loads at most 3 KB of JavaScript. What can be read from the
// files alone (the policy text, `_headers`) is checked by `npm run check:csp` instead.

/** Records CSP violations from the first script on; read them back with the returned function. */
async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`)
		);
	});
	return () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Every request the page makes, and those that leave the site. */
function watchRequests(page: Page, origin: string) {
	const seen = { all: [] as string[], foreign: [] as string[], scripts: new Set<string>() };
	page.on('request', (request) => {
		const url = request.url();
		seen.all.push(url);
		if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) seen.foreign.push(url);
		if (request.resourceType() === 'script') seen.scripts.add(url);
	});
	return seen;
}

/** Gzip bytes of the JavaScript a page ran on load: its script files plus inline scripts. */
async function scriptBytes(page: Page, urls: Iterable<string>) {
	let bytes = 0;
	// Fetched again rather than read from responses, which may be 304s from the cache.
	for (const url of urls) bytes += gzipSync(await (await page.request.get(url)).body()).length;
	// Only scripts that run: the root 404 carries the other language's page as inert markup in a
	// script of type text/html, which is data, not code.
	const inline = await page
		.locator('script:not([src])')
		.evaluateAll((nodes) =>
			nodes
				.filter((n) =>
					/^(|module|(text|application)\/javascript)$/i.test(n.getAttribute('type') ?? '')
				)
				.map((n) => n.textContent ?? '')
		);
	return bytes + inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
}

// The pages split into one group per language (and one for the root pages), so both workers share
// the walk; each group still checks everything on each of its pages in one visit.
const allPaths = await builtPaths();
const groups = Object.entries(Object.groupBy(allPaths, (path) => localeOf(path) ?? 'root')) as [
	string,
	string[],
][];

test.describe.configure({ mode: 'parallel' });

test('the walk covers the whole build', () => {
	expect(allPaths.length).toBeGreaterThanOrEqual(24);
	expect(groups.flatMap(([, paths]) => paths)).toHaveLength(allPaths.length);
});

for (const [group, paths] of groups) {
	test(`every ${group} page: answers, language and head links, no console error, no CSP violation, no other host, JS ≤ 3 KB`, async ({
		page,
		baseURL,
	}) => {
		test.setTimeout(180_000);
		const errors = watchConsole(page);
		const violations = await recordViolations(page);
		const origin = new URL(baseURL ?? '').origin;
		const requests = watchRequests(page, origin);
		const problems: string[] = [];

		for (const path of paths) {
			requests.scripts.clear();
			const response = await page.goto(path);
			// Whatever the page starts after load (idle-time imports) has asked for its files once the
			// browser is idle. Cheaper than 'networkidle', which waits a further 500 ms on every page.
			await page.evaluate(
				() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 2000 }))
			);
			if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
			const locale = localeOf(path);
			// The root chooser forwards to a language; what it lands on is checked in its own turn.
			if (path !== '/') {
				const lang = await page.locator('html').getAttribute('lang');
				const expectedLang = locale ? langTag(locale) : 'en';
				if (lang !== expectedLang)
					problems.push(`${path}: lang="${lang}", expected ${expectedLang}`);
			}
			if (locale && !path.endsWith('404.html')) {
				const slug = path.slice(`/${locale}/`.length);
				if ((await page.locator('h1').count()) !== 1) problems.push(`${path}: not exactly one h1`);
				if (!(await page.locator('main#content').isVisible())) problems.push(`${path}: no main`);
				const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
				if (canonical !== publicUrl(path)) problems.push(`${path}: canonical ${canonical}`);
				const alternates = await page
					.locator('link[rel="alternate"][hreflang]')
					.evaluateAll((links) =>
						links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`)
					);
				const expected = [
					...localeCodes.map((code) => `${langTag(code)} ${publicUrl(`/${code}/${slug}`)}`),
					`x-default ${publicUrl(slug === '' ? '/' : `/en/${slug}`)}`,
				];
				if (alternates.join() !== expected.join())
					problems.push(`${path}: hreflang ${alternates.join(', ')}`);
				const ogLocale = await page.locator('meta[property="og:locale"]').getAttribute('content');
				if (ogLocale !== (locale === 'en' ? 'en_US' : 'zh_CN'))
					problems.push(`${path}: og:locale ${ogLocale}`);
			}
			// The parallel view belongs to no language: it sends search engines to its twins.
			if (path.startsWith('/parallel/')) {
				const slug = path.slice('/parallel/'.length);
				if ((await page.locator('h1').count()) !== 1) problems.push(`${path}: not exactly one h1`);
				if (!(await page.locator('main#content').isVisible())) problems.push(`${path}: no main`);
				const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
				if (canonical !== publicUrl(`/en/${slug}`))
					problems.push(`${path}: canonical ${canonical}`);
				const robots = await page.locator('meta[name="robots"]').getAttribute('content');
				if (robots !== 'noindex') problems.push(`${path}: robots ${robots}`);
				const langs = await page
					.locator('main .pv-col')
					.evaluateAll((cols) => [...new Set(cols.map((c) => c.getAttribute('lang')))].sort());
				if (langs.join() !== 'en,zh-CN') problems.push(`${path}: column languages ${langs.join()}`);
			}
			const js = await scriptBytes(page, requests.scripts);
			if (js > 3 * 1024) problems.push(`${path}: ${js} B of JavaScript (gzip), over 3 KB`);
			for (const violation of await violations()) problems.push(`${path}: CSP ${violation}`);
			for (const error of errors.splice(0)) problems.push(`${path}: console: ${error}`);
		}

		// Search runs Pagefind's WebAssembly: it must compile under the policy and stay on this host.
		const searches: Record<string, [string, string]> = {
			'zh-cn': ['/zh-cn/xen/', '授权表'],
			en: ['/en/kvm/', 'dirty page logging'],
		};
		const search = searches[group];
		if (search) {
			const [path, query] = search;
			await page.goto(path);
			await page
				.getByRole('banner')
				.getByLabel(/Theme|主题/)
				.selectOption('dark');
			await page.keyboard.press('Control+K');
			await page.getByRole('dialog').getByRole('combobox').fill(query);
			// The first search loads the index: allow for a slow, busy machine.
			await expect(page.locator('#search-results > a[role="option"]').first()).toBeVisible({
				timeout: 15_000,
			});
			await page.waitForLoadState('networkidle');
			for (const violation of await violations()) problems.push(`${path} search: CSP ${violation}`);
			for (const error of errors.splice(0)) problems.push(`${path} search: console: ${error}`);
			expect(requests.all.some((url) => url.includes('/pagefind/'))).toBe(true);
		}

		expect(problems).toEqual([]);
		// The recorder was listening: it saw the site's own files, and nothing else.
		expect(requests.all.length).toBeGreaterThan(paths.length * 2);
		expect(requests.foreign).toEqual([]);
	});
}

test('the policy is enforced: an injected inline script and style are blocked', async ({
	page,
}) => {
	const violations = await recordViolations(page);
	await page.goto('/en/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.head.append(script);
		document.body.setAttribute('style', 'background: red');
	});
	expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
	await expect
		.poll(violations)
		.toEqual(
			expect.arrayContaining(['script-src-elem blocked inline', 'style-src-attr blocked inline'])
		);
});

test('every page is in the sitemap with both language alternates; robots.txt points at it', async ({
	request,
}) => {
	const index = await (await request.get('/sitemap-index.xml')).text();
	const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
	expect(sitemapUrl).toBeTruthy();
	const sitemap = await (await request.get(new URL(sitemapUrl ?? '').pathname)).text();
	const slugs = allPaths
		.filter((path) => localeOf(path) === 'en' && !path.endsWith('404.html'))
		.map((path) => path.slice('/en/'.length));
	expect(slugs.length).toBeGreaterThanOrEqual(10);
	for (const slug of slugs) {
		for (const code of localeCodes) {
			const loc = publicUrl(`/${code}/${slug}`);
			const entry = new RegExp(`<url><loc>${loc}</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
			expect(entry, loc).toContain(`hreflang="zh-CN" href="${publicUrl(`/zh-cn/${slug}`)}"`);
			expect(entry, loc).toContain(`hreflang="en" href="${publicUrl(`/en/${slug}`)}"`);
			expect(entry, loc).toContain('hreflang="x-default"');
		}
	}
	expect(sitemap).not.toContain('404');
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toContain(`Sitemap: ${publicUrl('/sitemap-index.xml')}`);
});
