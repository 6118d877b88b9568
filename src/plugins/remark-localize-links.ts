import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Lets docs pages link to each other the same way in every language: `[Xen](/xen/#domains)` in
 * `content/docs/zh-cn/…` becomes `/zh-cn/xen/#domains` (with the deploy base). Links that already
 * start with a locale, and links to other sites, are left alone.
 */
export function remarkLocalizeLinks(options: { locales: readonly string[]; base: string }) {
	const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
	const prefixed = new RegExp(`^/(${options.locales.join('|')})(/|$)`);
	return (tree: Root, file: VFile) => {
		const match = /content[\\/]docs[\\/]([^\\/]+)[\\/]/.exec(file.path ?? '');
		const locale = match?.[1];
		if (!locale || !options.locales.includes(locale)) return;
		visit(tree, 'link', (link) => {
			if (!link.url.startsWith('/') || link.url.startsWith('//') || prefixed.test(link.url)) return;
			link.url = `${base}${locale}${link.url}`;
		});
	};
}
