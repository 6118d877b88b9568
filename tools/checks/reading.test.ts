import { afterEach, beforeEach, expect, test } from 'vitest';
import { tempTree } from '../lib/temp-tree';
import { checkReading } from './reading';

// The reading check runs on a small built site and names the page and what a reader would miss.

let tree: Awaited<ReturnType<typeof tempTree>>;
beforeEach(async () => {
	tree = await tempTree();
});
afterEach(() => tree.remove());

const header = `<a class="skip-link" href="#content">Skip</a><a class="site-title" href="/en/">Site</a>`;
const controls = `<a data-lang-switch="zh-cn" href="/zh-cn/x/">中文</a><select data-theme-select></select>`;
const section = `<div class="heading"><h2 id="a">A</h2><a class="heading-anchor" href="#a" aria-label="Link to section A">#</a></div>`;
const contents = (links: string, label = '') =>
	`<details class="toc-mobile"><summary><span data-label="On this page">${label}</span></summary>${links}</details>`;
const aside = `<aside class="toc"><ul><li><a href="#a">A</a></li></ul></aside>`;
const page = (body: string) =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

test('a page as the layout builds it passes', async () => {
	await tree.write({
		'dist/en/x/index.html': page(
			`${header}${controls}<main id="content"><h1>X</h1>${contents('')}${section}</main>${aside}<nav id="sidebar"></nav><dialog></dialog>`
		),
	});
	expect(await checkReading(tree.dir)).toEqual([]);
});

test('what a text browser would read twice, or out of order, or without anchors, is named', async () => {
	await tree.write({
		// The contents written out twice (the phone bar's own copy of the side column's list).
		'dist/en/twice/index.html': page(
			`${header}${controls}<main id="content"><h1>X</h1>${contents('<ul><li><a href="#a">A</a></li></ul>')}${section}</main>${aside}<nav id="sidebar"></nav><dialog></dialog>`
		),
		// The phone bar's label as text: a text browser prints it with nothing under it.
		'dist/en/label/index.html': page(
			`${header}${controls}<main id="content"><h1>X</h1>${contents('', 'On this page')}${section}</main>${aside}<nav id="sidebar"></nav><dialog></dialog>`
		),
		// The search form before the title, a heading with no anchor, the theme select twice.
		'dist/en/order/index.html': page(
			`${header}${controls}<select data-theme-select></select><dialog></dialog><main id="content"><h1>X</h1><h2 id="b">B</h2></main><nav id="sidebar"></nav>`
		),
	});
	const findings = await checkReading(tree.dir);
	expect(findings.map((f) => `${f.where}: ${f.problem}`).sort()).toEqual([
		'/en/label/: the phone contents bar holds the text “On this page”, which a text browser prints over nothing',
		'/en/order/#b: <h2> has no anchor link beside it',
		'/en/order/: 1 language links and 2 theme selects',
		'/en/order/: text-only order is the skip link, the site title, the search form, the page title (h1), the page list',
		'/en/twice/: the contents link to #a more than once',
	]);
});
