import { isLocale, type Locale } from '../i18n/locales';

/**
 * The locale of the page being rendered, for components used inside MDX (which receive no props
 * from the page). Astro derives `currentLocale` from the `/en/` or `/zh-cn/` URL prefix.
 */
export function requireLocale(currentLocale: string | undefined): Locale {
	if (!isLocale(currentLocale))
		throw new Error(`Cannot tell the page language from "${currentLocale}"`);
	return currentLocale;
}
