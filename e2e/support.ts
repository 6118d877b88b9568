import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { langTag, localeCodes, type Locale } from '../src/i18n/locales';
import { siteConfig } from '../src/site.config';
import { htmlFiles, localeOf, urlOf } from '../tools/lib/site';

export { langTag, localeCodes, localeOf, type Locale };

/** Every page of the build as the URL path it is served at (`/`, `/en/xen/`, `/zh-cn/404.html`). */
export const builtPaths = async () =>
	(await htmlFiles(fileURLToPath(new URL('../dist/', import.meta.url)))).map(urlOf);

/** Every built page of the documentation in every language, with its locale and slug. */
export const routes = (await builtPaths()).flatMap((path) => {
	const locale = localeOf(path);
	if (!locale || path.endsWith('404.html')) return [];
	return [{ locale, slug: path.slice(`/${locale}/`.length), path }];
});

/** The slugs (`''`, `xen/`, …) of the English pages; parity makes them the Chinese ones too. */
export const slugs = routes.filter((r) => r.locale === 'en').map((r) => r.slug);

/** Absolute public URL of a path, as canonical and hreflang links must write it. */
export const publicUrl = (path: string) => new URL(path.replace(/^\//, ''), siteConfig.url).href;

/** Collects console errors and failed page scripts while a test runs. */
export function watchConsole(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}
