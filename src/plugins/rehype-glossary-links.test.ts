import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { tempTree } from '../../tools/lib/temp-tree';
import { rehypeGlossaryLinks } from './rehype-glossary-links';

// A glossary of three terms and a page with its twin, in a temporary folder.

let tree: Awaited<ReturnType<typeof tempTree>>;
const glossary = `
- id: paravirtualization
  term: { en: Paravirtualization (PV), zh-cn: 半虚拟化 }
  definition: { en: A guest that knows. It calls Xen., zh-cn: 客户机知情。它调用 Xen。 }
- id: hypercall
  term: { en: Hypercall, zh-cn: 超级调用 }
- id: xen
  term: { en: Xen, zh-cn: Xen }
`;
beforeEach(async () => {
	tree = await tempTree();
	await tree.write({
		'content/data/glossary.yaml': glossary,
		'content/docs/en/a.mdx': '---\ntitle: A\n---\n\nXen uses paravirtualization and hypercalls.\n',
		'content/docs/zh-cn/a.mdx': '---\ntitle: 甲\n---\n\nXen 使用半虚拟化。\n',
	});
});
afterEach(() => tree.remove());

/** The HTML the plugin makes of `html` on page `path` (relative to the temporary folder). */
async function link(html: string, path = 'content/docs/en/a.mdx') {
	const transform = rehypeGlossaryLinks({
		root: pathToFileURL(`${tree.path('')}/`),
		locales: { en: 'en', 'zh-cn': 'zh-CN' },
		base: '/',
		skip: ['xen'],
	});
	const hast = fromHtml(html, { fragment: true });
	await transform(hast, new VFile({ path: tree.path(path) }));
	return toHtml(hast);
}

test('the first use of a term links to the glossary; its text is the term as written, the card’s content rides in data attributes', async () => {
	expect(await link('<p>Xen uses paravirtualization. More paravirtualization.</p>')).toBe(
		'<p>Xen uses <a class="term" href="/en/glossary/#term-paravirtualization" data-term="Paravirtualization (PV)" data-other="半虚拟化" data-lang="zh-CN" data-def="A guest that knows.">paravirtualization</a>. More paravirtualization.</p>'
	);
	expect(await link('<p>Xen 使用半虚拟化。</p>', 'content/docs/zh-cn/a.mdx')).toBe(
		'<p>Xen 使用<a class="term" href="/zh-cn/glossary/#term-paravirtualization" data-term="半虚拟化" data-other="Paravirtualization (PV)" data-lang="en" data-def="客户机知情。">半虚拟化</a>。</p>'
	);
});

test('a term is linked only when the twin uses it too, so both languages link the same entries', async () => {
	// "hypercalls" is in the English page but not in its Chinese twin.
	expect(await link('<p>It makes hypercalls.</p>')).toBe('<p>It makes hypercalls.</p>');
});

test('headings, code and links are never linked; skipped ids and the glossary page itself neither', async () => {
	const html =
		'<h2>Paravirtualization</h2><p><code>paravirtualization</code> <a href="/x/">paravirtualization</a> Xen</p>';
	expect(await link(html)).toBe(html);
	const glossaryPage = '<p>Paravirtualization</p>';
	expect(await link(glossaryPage, 'content/docs/en/glossary.mdx')).toBe(glossaryPage);
});

test('a glossary that cannot be read stops the build naming the file, instead of linking nothing', async () => {
	await tree.write({ 'content/data/glossary.yaml': '- id: [unclosed\n' });
	await expect(link('<p>Paravirtualization</p>')).rejects.toThrow(
		/^content\/data\/glossary\.yaml:2: invalid YAML/
	);
	await tree.write({ 'content/data/glossary.yaml': '- id: hypercall\n  term: Hypercall\n' });
	await expect(link('<p>Hypercall</p>')).rejects.toThrow(
		'content/data/glossary.yaml:1 (entry "hypercall"): term: expected a map of texts, one per language'
	);
});
