import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { formatFindings } from '../lib/report';
import { tempTree } from '../lib/temp-tree';
import { checkLinks } from './links';

// The links check runs on a small built site in a temporary folder and must name the page, the
// link and what is wrong with it.

let tree: Awaited<ReturnType<typeof tempTree>>;
beforeEach(async () => {
	tree = await tempTree();
});
afterEach(() => tree.remove());

const page = (lang: string, body: string) =>
	`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

test('a missing page, a missing fragment, a missing slash, an unmarked language jump and a missing image', async () => {
	await tree.write({
		'dist/en/index.html': page(
			'en',
			`<main>
			<a href="/en/a/#here">fine</a>
			<a href="https://example.com/elsewhere">external, not ours to check</a>
			<a href="/zh-cn/a/" hreflang="zh-CN" lang="zh-CN">中文 (marked)</a>
			<a href="/en/missing/">gone</a>
			<a href="/en/a/#nope">bad fragment</a>
			<a href="/en/a">no slash</a>
			<a href="/zh-cn/a/">unmarked</a>
			<img src="/missing.svg" alt="">
			</main>`
		),
		'dist/en/a/index.html': page('en', '<h2 id="here">Here</h2>'),
		'dist/zh-cn/a/index.html': page('zh-CN', '<h2 id="here">这里</h2>'),
	});
	const findings = await checkLinks(tree.path('dist'), { siteUrl: 'https://example.org/' });
	expect(findings.map((f) => `${f.where} | ${f.problem}`)).toEqual([
		'/en/ (dist/en/index.html) | <a href="/en/missing/">: no page at /en/missing/',
		'/en/ (dist/en/index.html) | <a href="/en/a/#nope">: /en/a/ has no element with id "nope"',
		'/en/ (dist/en/index.html) | <a href="/en/a">: /en/a redirects on most hosts',
		'/en/ (dist/en/index.html) | <a href="/zh-cn/a/">: this en page links to a zh-cn page without marking the language',
		'/en/ (dist/en/index.html) | <img src="/missing.svg">: no file at /missing.svg',
	]);
	expect(findings[2]?.expected).toBe('/en/a/ (with the trailing slash)');
	expect(findings[3]?.expected).toContain('hreflang="zh-CN"');
	expect(formatFindings('links', findings)).toMatch(/^✗ links: 5 findings/);
});

test('absolute links to the site itself are checked like relative ones', async () => {
	await tree.write({
		'dist/en/index.html': page(
			'en',
			'<main><a href="https://example.org/en/a/">fine</a><a href="https://example.org/en/gone/">gone</a></main>'
		),
		'dist/en/a/index.html': page('en', '<p>a</p>'),
	});
	const findings = await checkLinks(tree.path('dist'), { siteUrl: 'https://example.org/' });
	expect(findings.map((f) => f.problem)).toEqual([
		'<a href="https://example.org/en/gone/">: no page at /en/gone/',
	]);
});

test('a site whose links all resolve has no findings', async () => {
	await tree.write({
		'dist/en/index.html': page('en', '<main><a href="/en/a/#here">a</a></main>'),
		'dist/en/a/index.html': page('en', '<h2 id="here">Here</h2>'),
	});
	const findings = await checkLinks(join(tree.dir, 'dist'), { siteUrl: 'https://example.org/' });
	expect(findings).toEqual([]);
	expect(formatFindings('links', findings)).toBe('✓ links: no findings');
});
