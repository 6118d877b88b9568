import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n';
import { isLocale } from './i18n/locales';
import { getPageTwins } from './lib/docs';
import { localeScope } from './lib/locale-scope';

/**
 * Page-level data, worked out once per page and read by every component from `Astro.locals`
 * (as Starlight does) instead of each one deriving it again: the page's `locale`, its UI strings
 * `t` and its `twins` in the other languages. Localized pages are the `[lang]` routes; the
 * bilingual root pages (`/`, `/404.html`, `/parallel/…`) have no single language: there these
 * come from the language fragment being rendered (`localeScope`, which the parallel view sets per
 * column), and reading them outside one is a bug, so it throws instead of guessing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const locale = context.params['lang'];
	if (isLocale(locale)) {
		context.locals.locale = locale;
		context.locals.t = useTranslations(locale);
		context.locals.twins = await getPageTwins(locale, context.url.pathname);
	} else {
		for (const key of ['locale', 't', 'twins'] as const)
			Object.defineProperty(context.locals, key, {
				get() {
					const scope = localeScope.getStore();
					if (scope) return scope[key];
					throw new Error(
						`Astro.locals.${key} read while rendering ${context.url.pathname}, which has no single language`
					);
				},
			});
		Object.defineProperty(context.locals, 'citations', {
			get: () => localeScope.getStore()?.citations,
		});
	}
	return next();
});
