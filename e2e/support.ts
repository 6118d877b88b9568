import type { Page } from '@playwright/test';
import { langTag, localeCodes, type Locale } from '../src/i18n/locales';
import { siteConfig } from '../src/site.config';

export { langTag, localeCodes, type Locale };

/** The page slugs the platform promises in every language (fixed: other work links to them). */
export const slugs = [
	'',
	'history/',
	'xen/',
	'xen/pv-vs-hvm/',
	'kvm/',
	'kvm/modules/',
	'comparison/',
	'glossary/',
	'references/',
	'about/',
] as const;

export const routes = localeCodes.flatMap((locale) =>
	slugs.map((slug) => ({ locale, slug, path: `/${locale}/${slug}` }))
);

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
