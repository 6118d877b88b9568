declare namespace App {
	/** Set by `src/middleware.ts` for every localized page. */
	interface Locals {
		/** The page's language. */
		locale: import('./i18n/locales').Locale;
		/** UI strings in that language. */
		t: import('./i18n').Translate;
		/** This page in the other languages that have it (locale → path). */
		twins: Partial<Record<import('./i18n/locales').Locale, string>>;
		/** Numbered sources of the docs page being rendered, set by the page before its content. */
		citations?: import('./lib/citations').PageCitations;
	}
}
