/**
 * The single declaration of the site's languages: `astro.config.mjs`, the content schemas, the
 * routing helpers and the UI dictionaries all take the list from here. Adding a language starts
 * here but does not end here: it also needs a UI dictionary (`src/i18n/<code>.ts`, registered in
 * `src/i18n/index.ts`), its name in `languageName` (`src/content.config.ts`) and in the
 * `languageName.*` UI strings, its text in every data file and its pages under `content/docs/`;
 * `astro check` and the build name whatever is still missing.
 *
 * The map key is the URL segment and content folder (`/zh-cn/…`, `content/docs/zh-cn/…`); `lang`
 * is the BCP 47 tag written to `<html lang>`, `hreflang` and `lang` attributes.
 */
export const locales = {
	en: {
		lang: 'en',
		label: 'English',
		/** Locale used by `Intl` formatters and OpenGraph (`og:locale`). */
		ogLocale: 'en_US',
	},
	'zh-cn': {
		lang: 'zh-CN',
		label: '简体中文',
		ogLocale: 'zh_CN',
	},
} as const;

export type Locale = keyof typeof locales;

/** Locale codes in display order. */
export const localeCodes = Object.keys(locales) as Locale[];

/** The language search engines get for `x-default`, and the fallback when nothing else decides. */
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** BCP 47 tag for a locale code: `'zh-cn'` → `'zh-CN'`. */
export function langTag(locale: Locale): string {
	return locales[locale].lang;
}

/** The other locale of a two-language site, for the language switcher. */
export function otherLocales(locale: Locale): Locale[] {
	return localeCodes.filter((code) => code !== locale);
}
