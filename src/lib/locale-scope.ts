import { AsyncLocalStorage } from 'node:async_hooks';
import type { Translate } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { PageCitations } from './citations';

/** What `Astro.locals` holds for a fragment rendered in one language (see src/middleware.ts). */
export interface LocaleScope {
	locale: Locale;
	t: Translate;
	twins: Partial<Record<Locale, string>>;
	citations?: PageCitations;
}

/**
 * The language of the fragment being rendered on a bilingual page (the parallel view renders both
 * twins in one request). Astro renders sibling components concurrently and `Astro.locals` is one
 * object per request, so a per-column value cannot live there; an async context follows each
 * column's own rendering, however it interleaves with the other's.
 */
export const localeScope = new AsyncLocalStorage<LocaleScope>();
