import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { rehypeBlockHeights } from './rehype-block-heights';

function mark(html: string, path = '/repo/content/docs/en/xen/index.mdx') {
	const hast = fromHtml(html, { fragment: true });
	rehypeBlockHeights()(hast, new VFile({ path }));
	return hast.children.filter((node): node is Element => node.type === 'element');
}

/** The three estimates of a marked block, in rem: narrow, medium and wide screens. */
const estimates = (block: Element | undefined) =>
	[...String(block?.properties['style']).matchAll(/--cv(?:-m|-l)?: ([\d.]+)rem/g)].map((m) =>
		Number(m[1])
	);

test('text, lists, quotes, code and diagrams are marked with three estimates; headings and components are not', () => {
	const blocks = mark(
		'<h2 id="a">Heading</h2><p>Words</p><ul><li>one</li><li>two<ul><li>three</li></ul></li></ul><blockquote><p>Quoted</p></blockquote><pre><code>a\nb\nc\n</code></pre><figure class="diagram" style="--diagram-width: 600px; --diagram-height: 300px; --diagram-legible-width: 400px"><div class="diagram-canvas"><svg></svg></div><figcaption>Caption</figcaption></figure><div class="timeline">x</div><figure><img alt=""></figure>'
	);
	const marked = blocks.filter((block) => String(block.properties['className']).includes('cv'));
	expect(marked.map((block) => block.tagName)).toEqual(['p', 'ul', 'blockquote', 'pre', 'figure']);
	for (const block of marked) expect(estimates(block)).toHaveLength(3);
	// The diagram keeps its own sizing variables.
	expect(String(marked[4]?.properties['style'])).toMatch(/^--diagram-width: 600px;.*--cv: /);
	// Never wider than its natural width: 300 px tall, plus frame and caption.
	expect(estimates(marked[4])[0]! * 16).toBeGreaterThan(300);
	// Three lines of code at 0.9 rem and 1.7 line height: about 73 px with padding, border and scrollbar.
	expect(estimates(marked[3])[0]! * 16).toBeGreaterThanOrEqual(3 * 14.4 * 1.7 + 28.8 + 18);
});

test('longer text is estimated taller, and taller on narrower screens', () => {
	const [short, long] = mark(`<p>${'word '.repeat(20)}</p><p>${'word '.repeat(200)}</p>`);
	const [narrow = 0, medium = 0, wide = 0] = estimates(long);
	expect(narrow).toBeGreaterThan(estimates(short)[0]!);
	expect(narrow).toBeGreaterThan(medium);
	expect(medium).toBeGreaterThan(wide);
	// 200 words of 4 letters at 16 px in 272 px: at least 1,000 characters of about 8 px, over 30 lines.
	expect(narrow * 16).toBeGreaterThan(30 * 27.2);
});

test('Chinese text: a full-width character takes a whole em, and the line height is 1.8', () => {
	const [en] = mark(`<p>${'ab'.repeat(100)}</p>`);
	const [zh] = mark(`<p>${'中文'.repeat(100)}</p>`, '/repo/content/docs/zh-cn/xen/index.mdx');
	expect(estimates(zh)[0]!).toBeGreaterThan(estimates(en)[0]! * 1.5);
});

test('pages that are not docs are left alone', () => {
	const [p] = mark('<p>Words</p>', '/repo/src/pages/index.mdx');
	expect(p?.properties['className']).toBeUndefined();
});
