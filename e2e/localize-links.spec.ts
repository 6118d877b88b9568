import { expect, test } from '@playwright/test';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { remarkLocalizeLinks } from '../src/plugins/remark-localize-links';

// Authors link without the language; every way of writing a link in MDX gets the page's language.
async function linksOf(source: string, path: string): Promise<string[]> {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkLocalizeLinks, { locales: ['en', 'zh-cn'], base: '/' });
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
		'Already marked: <a href="/en/xen/" hreflang="en" lang="en">English</a>, [site](https://xenproject.org/), [here](#local).',
		'',
		'[m]: /xen/pv-vs-hvm/',
	].join('\n');
	expect(await linksOf(source, '/repo/content/docs/zh-cn/about.mdx')).toEqual([
		'/zh-cn/xen/#grant-tables',
		'/zh-cn/kvm/',
		'/en/xen/',
		'https://xenproject.org/',
		'#local',
		'/zh-cn/xen/pv-vs-hvm/',
	]);
	// Files outside content/docs are not pages and keep their links.
	expect(await linksOf('[x](/xen/)', '/repo/README.mdx')).toEqual(['/xen/']);
});
