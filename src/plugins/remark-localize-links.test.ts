import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { remarkLocalizeLinks } from './remark-localize-links';

// Authors link without the language; every way of writing a link in MDX gets the page's language.
async function linksOf(source: string, path: string, base = '/'): Promise<string[]> {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkLocalizeLinks, { locales: ['en', 'zh-cn'], base });
	const file = new VFile({ value: source, path });
	const tree = (await processor.run(processor.parse(file), file)) as Root;
	const urls: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'link' || node.type === 'definition') urls.push(node.url);
		if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement')
			for (const a of node.attributes)
				if (a.type === 'mdxJsxAttribute' && a.name === 'href') urls.push(String(a.value));
	});
	return urls;
}

test('inline, reference-style and JSX links get the page language; others are left alone', async () => {
	const source = [
		'See [grant tables](/xen/#grant-tables), [modes][m] and <a href="/kvm/">KVM</a>.',
		'Already marked: <a href="/en/xen/" hreflang="en" lang="en">English</a>, [site](https://xenproject.org/), [here](#local), [cdn](//cdn.example/x).',
		'',
		'[m]: /xen/pv-vs-hvm/',
	].join('\n');
	expect(await linksOf(source, '/repo/content/docs/zh-cn/about.mdx')).toEqual([
		'/zh-cn/xen/#grant-tables',
		'/zh-cn/kvm/',
		'/en/xen/',
		'https://xenproject.org/',
		'#local',
		'//cdn.example/x',
		'/zh-cn/xen/pv-vs-hvm/',
	]);
});

test('the deploy base goes in front of the language', async () => {
	expect(await linksOf('[x](/xen/)', '/repo/content/docs/en/a.mdx', '/guide')).toEqual([
		'/guide/en/xen/',
	]);
});

test('files outside content/docs/<locale>/ keep their links', async () => {
	expect(await linksOf('[x](/xen/)', '/repo/README.mdx')).toEqual(['/xen/']);
	expect(await linksOf('[x](/xen/)', '/repo/content/docs/fr/a.mdx')).toEqual(['/xen/']);
});
