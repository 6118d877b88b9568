import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { rehypeTableWrap } from './rehype-table-wrap';

async function wrap(html: string, path = '/repo/content/docs/zh-cn/index.mdx') {
	const hast = fromHtml(html, { fragment: true });
	rehypeTableWrap({ fallbackLabel: (locale) => `table (${locale})` })(hast, new VFile({ path }));
	return toHtml(hast);
}

test('a Markdown table scrolls in a focusable region named after the heading above it', async () => {
	expect(await wrap('<h2>一览</h2><p>x</p><table><tbody><tr><td>1</td></tr></tbody></table>')).toBe(
		'<h2>一览</h2><p>x</p><section class="table-wrap cv" aria-label="一览" tabindex="0"><table><tbody><tr><td>1</td></tr></tbody></table></section>'
	);
	expect(await wrap('<table><tbody><tr><td>1</td></tr></tbody></table>')).toBe(
		'<section class="table-wrap cv" aria-label="table (zh-cn)" tabindex="0"><table><tbody><tr><td>1</td></tr></tbody></table></section>'
	);
	// Not a docs page: left alone.
	expect(await wrap('<table></table>', '/repo/src/pages/x.mdx')).toBe('<table></table>');
});
