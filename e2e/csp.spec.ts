import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { htmlFiles, urlOf } from '../tools/lib/site';
import { routes, watchConsole } from './support';

// The Content-Security-Policy written by src/plugins/csp.ts: strict on paper, and the site still
// works under it in a real browser.
const dist = new URL('../dist/', import.meta.url);

const metaPolicy = (html: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];

/** Records CSP violations from the first script on; the list is read back with `violations()`. */
async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`)
		);
	});
	return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('every built page carries a strict policy: hashes, no unsafe-inline, no inline handlers or styles', async () => {
	const pages = await htmlFiles(fileURLToPath(dist));
	expect(pages.length).toBeGreaterThanOrEqual(routes.length + 3);
	const headers = await readFile(new URL('_headers', dist), 'utf8');
	for (const file of pages) {
		const html = await readFile(new URL(file, dist), 'utf8');
		const policy = metaPolicy(html);
		expect(policy, `${file} has a CSP meta tag`).toBeDefined();
		expect(policy, file).toContain("default-src 'none'");
		expect(policy, file).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
		expect(policy, file).not.toContain('unsafe-inline');
		expect(policy, file).not.toContain("'unsafe-eval'");
		// The tag must come before anything it governs.
		expect(html.indexOf('http-equiv="content-security-policy"'), file).toBeLessThan(
			html.search(/<(script|style|link)\b/)
		);
		expect(html, file).not.toMatch(/\sstyle="/);
		expect(html, file).not.toMatch(/<[^>]+\son[a-z]+="/);
		const url = urlOf(file);
		expect(headers, `${file} in _headers`).toContain(
			`${url}\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`
		);
	}
});

test('pages work under the policy: no violations while reading, switching theme and searching', async ({
	page,
}) => {
	const errors = watchConsole(page);
	const violations = await recordViolations(page);
	for (const { path } of routes) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(await violations(), path).toEqual([]);
	}
	for (const [path, query] of [
		['/zh-cn/xen/', '授权表'],
		['/en/kvm/', 'dirty page logging'],
	] as const) {
		await page.goto(path);
		await page
			.getByRole('banner')
			.getByLabel(/Theme|主题/)
			.selectOption('dark');
		await page.keyboard.press('Control+K');
		await page.getByRole('dialog').getByRole('combobox').fill(query);
		// Results prove Pagefind's WebAssembly compiled under 'wasm-unsafe-eval'.
		await expect(page.locator('#search-results > a[role="option"]').first()).toBeVisible();
		expect(await violations(), path).toEqual([]);
	}
	for (const path of ['/', '/404.html', '/en/404.html', '/zh-cn/404.html']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(await violations(), path).toEqual([]);
	}
	expect(errors).toEqual([]);
});

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
