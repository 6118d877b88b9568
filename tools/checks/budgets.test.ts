import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { tempTree } from '../lib/temp-tree';
import { checkBudgets, domBudgets } from './budgets';

let tree: Awaited<ReturnType<typeof tempTree>>;
beforeEach(async () => {
	tree = await tempTree();
});
afterEach(() => tree.remove());

const page = (body: string, head = '') =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

test('a page over the JavaScript budget is named with its size and the limit', async () => {
	// Random text barely compresses: about 6 KB gzip of script on load.
	const script = `window.x = "${randomBytes(6000).toString('base64')}";`;
	await tree.write({
		'dist/en/index.html': page('<main>light</main>'),
		'dist/en/heavy/index.html': page('<main>heavy</main>', `<script>${script}</script>`),
	});
	const printed: string[] = [];
	const findings = await checkBudgets(tree.path('dist'), (text) => printed.push(text));
	expect(findings).toHaveLength(1);
	expect(findings[0]?.where).toBe('/en/heavy/');
	expect(findings[0]?.problem).toMatch(/^JS is \d{4} B gzip, over the budget$/);
	expect(findings[0]?.expected).toBe('at most 3072 B');
	expect(printed.join('\n')).toMatch(
		/\| \/en\/heavy\/ \| [\d.]+ KB \| [\d.]+ KB \| [5-9]\.\d KB \|/
	);
});

test('the DOM budget names a page with too many elements or too deep a nesting, and prints both', async () => {
	// <html>, <head>, <meta>, <title>, <body> and <main> are 6 elements; <main> is at depth 3.
	const items = (count: number) => '<p>x</p>'.repeat(count);
	const nested = (levels: number) => '<div>'.repeat(levels) + 'deep' + '</div>'.repeat(levels);
	await tree.write({
		'dist/en/index.html': page(`<main>${items(10)}</main>`),
		'dist/en/long/index.html': page(`<main>${items(domBudgets.elements)}</main>`),
		'dist/en/deep/index.html': page(`<main>${nested(domBudgets.depth - 2)}</main>`),
	});
	const printed: string[] = [];
	const findings = await checkBudgets(tree.path('dist'), (text) => printed.push(text));
	expect(findings.map((f) => [f.where, f.problem])).toEqual([
		['/en/deep/', `elements nest ${domBudgets.depth + 1} deep, over the DOM budget`],
		['/en/long/', `the page has ${domBudgets.elements + 6} elements, over the DOM budget`],
	]);
	// The light page passes; the table prints elements and depth for every page and the largest.
	expect(printed.join('\n')).toMatch(
		/\| \/en\/ \| [\d.]+ KB \| [\d.]+ KB \| [\d.]+ KB \| 16 \| 4 \|/
	);
	expect(printed.join('\n')).toMatch(/\| \*\*largest\*\* .* \| 3006 \| 25 \|/);
});
