import type { SitemapOptions } from '@astrojs/sitemap';

interface Options {
	/** URL segment → BCP 47 tag, e.g. `{ en: 'en', 'zh-cn': 'zh-CN' }`. */
	locales: Record<string, string>;
	defaultLocale: string;
	/** Deploy base path with a trailing slash. */
	base: string;
}

/**
 * Sitemap options that list language alternates only for pages that really exist in each
 * language, and label the root language chooser as `x-default` rather than as English, which is
 * what @astrojs/sitemap's own `i18n` option does with two prefixed locales.
 */
export function sitemapAlternates({ locales, defaultLocale, base }: Options): SitemapOptions {
	const all = new Set<string>();
	const codes = Object.keys(locales);
	const split = (url: string) => {
		const path = new URL(url).pathname.slice(base.length);
		const [first = '', ...rest] = path.split('/');
		return codes.includes(first) ? { locale: first, slug: rest.join('/') } : undefined;
	};
	const urlFor = (origin: string, locale: string, slug: string) =>
		new URL(`${base}${locale}/${slug}`, origin).href;

	return {
		filter: (url) => {
			const path = new URL(url).pathname;
			// Error pages are not documents to index; the parallel view repeats its twins (noindex).
			if (/\/404(\.html|\/)?$/.test(path) || path.startsWith(`${base}parallel/`)) return false;
			all.add(url);
			return true;
		},
		serialize: (item) => {
			const { origin } = new URL(item.url);
			const root = new URL(base, origin).href;
			const parsed = split(item.url);
			const slug = parsed?.slug ?? (item.url === root ? '' : undefined);
			if (slug === undefined) return item;
			const links = codes
				.map((code) => ({ lang: locales[code] ?? code, url: urlFor(origin, code, slug) }))
				.filter((link) => all.has(link.url));
			if (links.length < 2) return item;
			const xDefault = slug === '' ? root : urlFor(origin, defaultLocale, slug);
			return { ...item, links: [...links, { lang: 'x-default', url: xDefault }] };
		},
	};
}
