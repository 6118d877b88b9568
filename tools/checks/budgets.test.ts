import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { tempTree } from '../lib/temp-tree';
import { checkBudgets } from './budgets';

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
