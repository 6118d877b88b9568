import { afterEach, beforeEach, expect, test } from 'vitest';
import { tempTree } from '../lib/temp-tree';
import { checkFreshness } from './freshness';

// Pages whose facts were last checked more than 12 months before a pinned "today".

let tree: Awaited<ReturnType<typeof tempTree>>;
beforeEach(async () => {
	tree = await tempTree();
});
afterEach(() => tree.remove());

const page = (checked?: string) =>
	`---\ntitle: T\ndescription: A page long enough.\norder: 1\n${checked === undefined ? '' : `checked: ${checked}\n`}---\n\nText.\n`;
const today = new Date('2026-12-02T00:00:00Z');

test('a page checked 13 months ago is listed with its file, line and age; 11 months is fine', async () => {
	await tree.write({
		'content/docs/en/old.mdx': page('2025-11-01'),
		'content/docs/zh-cn/old.mdx': page('2025-12-02'),
		'content/docs/en/recent.mdx': page('2026-01-02'),
		'content/docs/zh-cn/recent.mdx': page('2026-12-02'),
	});
	const findings = await checkFreshness({ root: tree.dir, today });
	expect(findings.map((f) => `${f.where} | ${f.problem}`)).toEqual([
		'content/docs/en/old.mdx:5 | facts last checked 2025-11-01, 13 months ago (pages are re-checked at least every 12 months)',
		'content/docs/zh-cn/old.mdx:5 | facts last checked 2025-12-02, 12 months ago (pages are re-checked at least every 12 months)',
	]);
	expect(findings[0]?.expected).toContain('set checked: 2026-12-02');
});

test('a missing or malformed checked day is listed', async () => {
	await tree.write({
		'content/docs/en/none.mdx': page(),
		'content/docs/en/wrong.mdx': page('2 December 2026'),
		'content/docs/en/impossible.mdx': page('2026-02-30'),
	});
	const findings = await checkFreshness({ root: tree.dir, today });
	expect(findings.map((f) => `${f.where} | ${f.problem}`)).toEqual([
		'content/docs/en/impossible.mdx:5 | has no valid `checked` day in its frontmatter',
		'content/docs/en/none.mdx | has no valid `checked` day in its frontmatter',
		'content/docs/en/wrong.mdx:5 | has no valid `checked` day in its frontmatter',
	]);
});
