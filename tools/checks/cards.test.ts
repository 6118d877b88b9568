import { mkdir, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { tempTree } from '../lib/temp-tree';
import { checkCards } from './cards';

// The reading check runs on a small built site and names the page and what a reader would miss.

let tree: Awaited<ReturnType<typeof tempTree>>;
beforeEach(async () => {
	tree = await tempTree();
});
afterEach(() => tree.remove());

const page = (head: string, body: string) =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
/** A PNG header (signature and IHDR) of the given size, padded to `bytes`. */
const png = (width: number, height: number, bytes = 64) => {
	const buffer = Buffer.alloc(bytes);
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(buffer);
	buffer.writeUInt32BE(width, 16);
	buffer.writeUInt32BE(height, 20);
	return buffer;
};
const og = (file: string, alt = 'Site · Page') =>
	`<meta property="og:image" content="https://example.org/${file}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="${alt}">`;

test('what today’s main got wrong is reported, page by page', async () => {
	await tree.write({
		'dist/en/a/index.html': page(
			og('og/a.png'),
			`<main><p><a class="term" href="/en/glossary/#term-guest">guests<span lang="zh-CN">客户机</span></a>
			<sup class="cite"><a id="cite-s-2" href="#ref-s" data-tip="T">[1]</a></sup>
			<sup class="cite"><a id="cite-s-1" href="#ref-s" data-tip="T">[1]</a></sup>
			<sup class="cite"><a href="#ref-s">[1]</a></sup></p>
			<table><thead><tr><th>PV<sup class="cite"><a id="cite-t-1" href="#ref-t" data-tip="T">[2]</a></sup><sup class="cite"><a id="cite-t-2" href="#ref-t" data-tip="T">[2]</a></sup></th></tr></thead></table>
			<ol><li id="ref-s"><a href="#cite-s-1">a</a><a href="#cite-s-2">b</a></li><li id="ref-t"><a href="#cite-t-1">a</a></li></ol></main>`
		),
		'dist/en/b/index.html': page('', '<main></main>'),
		'dist/en/c/index.html': page(og('og/c.png'), '<main></main>'),
		'dist/en/404.html': page('<meta name="robots" content="noindex">', '<main></main>'),
	});
	await mkdir(tree.path('dist/og'), { recursive: true });
	await writeFile(tree.path('dist/og/a.png'), png(1200, 600));
	await writeFile(tree.path('dist/og/c.png'), png(1200, 630, 101 * 1024));
	const findings = await checkCards(tree.path('dist'));
	expect(findings.map((f) => `${f.where} | ${f.problem}`)).toEqual([
		'/en/a/ (dist/en/a/index.html) | glossary link "guests客户机" has other-language text inside it',
		'/en/a/ (dist/en/a/index.html) | glossary link "guests客户机" lacks the card\'s data-term, data-other, data-lang, data-def',
		'/en/a/ (dist/en/a/index.html) | citation [1] has no id to link back to',
		'/en/a/ (dist/en/a/index.html) | citation #cite-t-2 has no link back from the source list',
		'/en/a/ (dist/en/a/index.html) | citation #cite-s-2 is marker 1 of its source in reading order',
		'/en/a/ (dist/en/a/index.html) | citation #cite-s-1 is marker 2 of its source in reading order',
		'/en/a/ (dist/en/a/index.html) | table header cell "PV[2][2]" carries 2 citation markers',
		'/en/a/ (dist/en/a/index.html) | og:image https://example.org/og/a.png is not a 1200×630 PNG (1200×600)',
		'/en/b/ (dist/en/b/index.html) | no og:image',
		'/en/c/ (dist/en/c/index.html) | og:image https://example.org/og/c.png weighs 101 KB',
	]);
});
