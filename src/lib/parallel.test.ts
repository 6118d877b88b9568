import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import { isProse, parallelRows, type Column } from './parallel';

const column = (locale: string, html: string): Column => ({
	locale,
	lang: locale === 'en' ? 'en' : 'zh-CN',
	nodes: fromHtml(html, { fragment: true }).children,
});

test('data pages are not prose; a page with text of its own is', () => {
	expect(isProse('## Terms {/* #terms */}\n\n<GlossaryList />\n')).toBe(false);
	expect(isProse('## Terms {/* #terms */}\n\nEvery term.\n\n<GlossaryList />\n')).toBe(true);
});

test('sections pair by heading id, blocks pair when their kinds line up, shared ids move to the row', () => {
	const en = column(
		'en',
		'<p>Intro.</p><h2 id="one">One</h2><p>See <a href="#ref-a">[1]</a> and <a href="#two">two</a>.</p><figure class="diagram" id="diagram-1"><svg id="diagram-1-svg"><style>#diagram-1-svg .n{fill:red}</style></svg></figure><h3 id="two">Two</h3><p>x</p><section><h2 id="sources">Sources</h2><ol><li id="ref-a">A</li></ol></section>'
	);
	const zh = column(
		'zh-cn',
		'<p>引言。</p><h2 id="one">一</h2><p>见 <a href="#ref-a">[1]</a>。</p><figure class="diagram" id="diagram-1"><svg id="diagram-1-svg" aria-labelledby="diagram-1-svg"><style>#diagram-1-svg .n{fill:red}</style></svg></figure><h3 id="two">二</h3><p>甲</p><ul><li>乙</li></ul><section><h2 id="sources">来源</h2><ol><li id="ref-a">A</li></ol></section>'
	);
	const html = toHtml(parallelRows([en, zh]));
	const rows = html.split('<div class="pv-row').slice(1);
	expect(rows).toHaveLength(4);
	// Same blocks: one subgrid row each; different blocks (#two has a list in Chinese only): none.
	expect(rows.map((row) => /^[^>]*pv-blocks[^>]*--pv-rows: (\d+)/.exec(row)?.[1] ?? '-')).toEqual([
		'1',
		'3',
		'-',
		'2',
	]);
	expect(rows[1]).toMatch(/^[^>]*id="one"/);
	// Every id once in the page, and every fragment link still finds its target.
	const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
	expect(new Set(ids).size).toBe(ids.length);
	for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
	expect(html).toContain('<h2 id="zh-cn--one">一</h2>');
	expect(html).toContain('<a href="#en--two">two</a>');
	expect(html).toContain('aria-labelledby="zh-cn--diagram-1-svg"');
	expect(html).toContain('#zh-cn--diagram-1-svg .n{fill:red}');
	expect(html).toContain('<div class="pv-col prose" lang="zh-CN" data-locale="zh-cn">');
});
