import type { Locale } from '../i18n/locales';

/** The deploy base path from astro.config (`/` or `/some/prefix/`), always with a trailing slash. */
export const base = import.meta.env.BASE_URL.endsWith('/')
	? import.meta.env.BASE_URL
	: `${import.meta.env.BASE_URL}/`;

/**
 * URL path of a page in a locale. Slugs are language-neutral and end with `/` (`''` is the home
 * page), so the same slug works in every locale.
 *
 * @example
 * localizedPath('zh-cn', 'xen/pv-vs-hvm/'); // => '/zh-cn/xen/pv-vs-hvm/'
 * localizedPath('en', '');                  // => '/en/'
 */
export function localizedPath(locale: Locale, slug: string): string {
	return `${base}${locale}/${slug}`;
}

/**
 * URL path of a page's parallel reading view, both languages side by side; outside the locales,
 * since it belongs to neither.
 *
 * @example
 * parallelPath('xen/pv-vs-hvm/'); // => '/parallel/xen/pv-vs-hvm/'
 */
export function parallelPath(slug: string): string {
	return `${base}parallel/${slug}`;
}

/** Path of a file in `public/` or of the site root, with the deploy base applied. */
export function rootPath(path = ''): string {
	return `${base}${path.replace(/^\//, '')}`;
}

/** Absolute URL for canonical and OpenGraph tags. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	if (!site) throw new Error('astro.config `site` must be set for canonical URLs');
	return new URL(path, site).href;
}
