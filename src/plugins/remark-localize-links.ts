import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { docFileOf } from '../lib/doc-file';

/**
 * Lets docs pages link to each other the same way in every language: `[Xen](/xen/#domains)` in
 * `content/docs/zh-cn/…` becomes `/zh-cn/xen/#domains` (with the deploy base). The same holds for
 * reference-style links (`[Xen][x]` with `[x]: /xen/`) and for `<a href="/xen/">` written as JSX.
 * Links that already start with a locale, and links to other sites, are left alone.
 */
export function remarkLocalizeLinks(options: { locales: readonly string[]; base: string }) {
	const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
	const prefixed = new RegExp(`^/(${options.locales.join('|')})(/|$)`);
	return (tree: Root, file: VFile) => {
		const locale = docFileOf(file.path)?.locale;
		if (!locale || !options.locales.includes(locale)) return;
		const localize = (url: string) =>
			!url.startsWith('/') || url.startsWith('//') || prefixed.test(url)
				? url
				: `${base}${locale}${url}`;
		visit(tree, (node) => {
			if (node.type === 'link' || node.type === 'definition') node.url = localize(node.url);
			if (
				(node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
				(node as MdxJsxFlowElement | MdxJsxTextElement).name === 'a'
			)
				for (const attribute of (node as MdxJsxFlowElement | MdxJsxTextElement).attributes)
					if (
						attribute.type === 'mdxJsxAttribute' &&
						attribute.name === 'href' &&
						typeof attribute.value === 'string'
					)
						attribute.value = localize(attribute.value);
		});
	};
}
