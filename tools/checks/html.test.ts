import { afterEach, beforeEach, expect, test } from 'vitest';
import { tempTree } from '../lib/temp-tree';
import { checkHtml } from './html';

let tree: Awaited<ReturnType<typeof tempTree>>;
beforeEach(async () => {
	tree = await tempTree();
});
afterEach(() => tree.remove());

const page = (body: string) =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

test('invalid markup is reported with file, line and rule', async () => {
	await tree.write({
		'dist/en/index.html': page(
			'<main>\n<p id="x">one</p>\n<p id="x">two</p>\n<div><span></div></main>'
		),
	});
	const text = (await checkHtml(tree.path('dist')))
		.map((f) => `${f.where} | ${f.problem}`)
		.join('\n');
	expect(text).toMatch(/dist\/en\/index\.html:3:\d+ \| .*Duplicate ID "x" \(no-dup-id/);
	expect(text).toMatch(/dist\/en\/index\.html:4:\d+ \| .*\(close-order/);
});

test('valid markup has no findings', async () => {
	await tree.write({ 'dist/en/index.html': page('<main><p>fine</p></main>') });
	expect(await checkHtml(tree.path('dist'))).toEqual([]);
});
