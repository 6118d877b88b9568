/** `…/content/docs/<locale>/<page>.mdx`, with either path separator. */
const docFile = /^(.*content[\\/]docs[\\/])([^\\/]+)[\\/](.+)\.mdx$/;

export interface DocFile {
	/** The locale folder, e.g. `zh-cn` (not checked against the configured locales). */
	locale: string;
	/** The page inside the locale folder without `.mdx`, e.g. `xen/index` (separators as given). */
	page: string;
	/** The same page's file in another locale folder (which may not exist). */
	twin(locale: string): string;
}

/**
 * What the markdown plugins need to know about the file they are compiling: whether it is a docs
 * page and, if so, its locale and page. Every plugin asks here, so they agree on what a page is.
 *
 * @example
 * docFileOf('/repo/content/docs/zh-cn/xen/index.mdx'); // => { locale: 'zh-cn', page: 'xen/index', … }
 * docFileOf('/repo/src/pages/index.astro');           // => undefined
 */
export function docFileOf(path: string | undefined): DocFile | undefined {
	const match = docFile.exec(path ?? '');
	if (!match) return undefined;
	const [, root = '', locale = '', page = ''] = match;
	const separator = root.at(-1) ?? '/';
	return {
		locale,
		page,
		twin: (other) => `${root}${other}${separator}${page}.mdx`,
	};
}
