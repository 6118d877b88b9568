import { getCollection, render, type CollectionEntry } from 'astro:content';
import { defaultLocale, isLocale, langTag, localeCodes, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n';
import { isProse } from './parallel';
import { localizedPath, parallelPath, rootPath } from './paths';
import type { SocialCard } from './social-card';

/** A docs page with its routing facts worked out once. */
export interface DocPage {
	entry: CollectionEntry<'docs'>;
	locale: Locale;
	/** Language-neutral slug with a trailing slash; `''` for the home page. */
	slug: string;
	/** URL path, e.g. `/zh-cn/xen/`. */
	path: string;
	/** Slug of the parent section (`'xen/'` for `xen/pv-vs-hvm/`), `''` for top-level pages. */
	parent: string | undefined;
	/** Label for navigation. */
	label: string;
	/** Repository-relative source file, e.g. `content/docs/zh-cn/xen/index.mdx`. */
	sourceFile: string;
}

/**
 * Turns an entry id such as `zh-cn/xen/index` into its locale and slug.
 *
 * @example
 * parseDocId('zh-cn/xen/index');  // => { locale: 'zh-cn', slug: 'xen/' }
 * parseDocId('en/index');         // => { locale: 'en', slug: '' }
 */
export function parseDocId(id: string): { locale: Locale; slug: string } {
	const [locale, ...rest] = id.split('/');
	if (!isLocale(locale))
		throw new Error(
			`content/docs/${id}.mdx is not inside a locale folder (${localeCodes.join(', ')})`
		);
	if (rest.at(-1) === 'index') rest.pop();
	return { locale, slug: rest.length ? `${rest.join('/')}/` : '' };
}

function parentOf(slug: string): string | undefined {
	if (slug === '') return undefined;
	const parts = slug.slice(0, -1).split('/');
	return parts.length > 1 ? `${parts.slice(0, -1).join('/')}/` : '';
}

let cache: Promise<DocPage[]> | undefined;

/** Every docs page in every locale, in navigation order within each locale. */
export function getDocPages(): Promise<DocPage[]> {
	cache ??= (async () => {
		const entries = await getCollection('docs');
		const pages = entries.map((entry): DocPage => {
			const { locale, slug } = parseDocId(entry.id);
			return {
				entry,
				locale,
				slug,
				path: localizedPath(locale, slug),
				parent: parentOf(slug),
				label: entry.data.shortTitle ?? entry.data.title,
				sourceFile: entry.filePath ?? `content/docs/${entry.id}.mdx`,
			};
		});
		const seen = new Map<string, DocPage>();
		for (const page of pages) {
			const first = seen.get(page.path);
			if (first)
				throw new Error(
					`${page.sourceFile} and ${first.sourceFile} are both ${page.path}: keep one (a section's own page is <section>/index.mdx)`
				);
			seen.set(page.path, page);
		}
		for (const page of pages) {
			if (page.parent && !pages.some((p) => p.locale === page.locale && p.slug === page.parent)) {
				throw new Error(
					`${page.sourceFile}: its section page "${page.parent}" does not exist in ${page.locale}`
				);
			}
		}
		return orderPages(pages);
	})();
	return cache;
}

/** Depth-first order: home, then each top-level page followed by its children, by `order`. */
function orderPages(pages: DocPage[]): DocPage[] {
	const result: DocPage[] = [];
	for (const locale of localeCodes) {
		const inLocale = pages.filter((p) => p.locale === locale);
		const visit = (parent: string | undefined) => {
			const children = inLocale
				.filter((p) => p.parent === parent)
				.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
			for (const child of children) {
				result.push(child);
				visit(child.slug);
			}
		};
		visit(undefined);
	}
	return result;
}

export async function getLocalePages(locale: Locale): Promise<DocPage[]> {
	return (await getDocPages()).filter((page) => page.locale === locale);
}

/** The same page in the other locales (only those that exist). */
export async function getTwins(page: DocPage): Promise<DocPage[]> {
	return (await getDocPages()).filter((p) => p.slug === page.slug && p.locale !== page.locale);
}

export interface NavItem {
	page: DocPage;
	children: NavItem[];
}

/**
 * The sidebar tree of one locale's pages (in navigation order): top-level pages with their
 * sub-pages, to any depth.
 */
export function buildNavTree(pages: readonly DocPage[]): NavItem[] {
	const build = (parent: string): NavItem[] =>
		pages.filter((p) => p.parent === parent).map((page) => ({ page, children: build(page.slug) }));
	// The home page heads the list; top-level sections follow it as siblings, not as its children.
	const home = pages.find((p) => p.slug === '');
	return [...(home ? [{ page: home, children: [] }] : []), ...build('')];
}

/** The sidebar tree for a locale. */
export async function getNavTree(locale: Locale): Promise<NavItem[]> {
	return buildNavTree(await getLocalePages(locale));
}

/** Previous and next page in reading order within the same locale. */
export async function getNeighbours(
	page: DocPage
): Promise<{ previous?: DocPage; next?: DocPage }> {
	const pages = await getLocalePages(page.locale);
	const index = pages.findIndex((p) => p.slug === page.slug);
	const previous = pages[index - 1];
	const next = pages[index + 1];
	return { ...(previous && { previous }), ...(next && { next }) };
}

/** The chain of section pages above a page, for breadcrumbs. */
export async function getAncestors(page: DocPage): Promise<DocPage[]> {
	const pages = await getLocalePages(page.locale);
	const chain: DocPage[] = [];
	let parent = page.parent;
	while (parent !== undefined) {
		const found = pages.find((p) => p.slug === parent);
		if (!found) break;
		chain.unshift(found);
		parent = found.parent;
	}
	return chain;
}

/** Pages flagged for the header's section navigation. */
export async function getHeaderSections(locale: Locale): Promise<DocPage[]> {
	return (await getLocalePages(locale)).filter((page) => page.entry.data.header);
}

/** `getStaticPaths` for `src/pages/[lang]/[...slug].astro`. */
export async function getDocStaticPaths() {
	return (await getDocPages()).map((page) => ({
		params: { lang: page.locale, slug: page.slug === '' ? undefined : page.slug.slice(0, -1) },
		props: { page },
	}));
}

/** A page shown in every language side by side: its twins in locale order. */
export interface ParallelPage {
	slug: string;
	path: string;
	twins: DocPage[];
}

let parallelCache: Promise<ParallelPage[]> | undefined;

/**
 * The pages with a parallel view: every page that exists in every locale and is prose in each
 * (see `isProse`; the glossary and the reference list are data pages), in navigation order.
 */
export function getParallelPages(): Promise<ParallelPage[]> {
	parallelCache ??= (async () => {
		const pages = await getDocPages();
		return pages
			.filter((page) => page.locale === defaultLocale)
			.map((page) => ({
				slug: page.slug,
				path: parallelPath(page.slug),
				twins: localeCodes.flatMap((code) =>
					pages.filter((p) => p.locale === code && p.slug === page.slug)
				),
			}))
			.filter(
				({ twins }) =>
					twins.length === localeCodes.length &&
					twins.every((twin) => isProse(twin.entry.body ?? ''))
			);
	})();
	return parallelCache;
}

/** The parallel view of the docs page at a URL path, if it has one. */
export async function getParallelPath(locale: Locale, path: string): Promise<string | undefined> {
	const page = (await getLocalePages(locale)).find((p) => p.path === path);
	return page && (await getParallelPages()).find((p) => p.slug === page.slug)?.path;
}

/** Pages linked from every footer, by slug. */
const footerSlugs = ['references/', 'about/'];

/** The twins of the page at a URL path, as locale → path; `{}` for a path that is no docs page. */
export async function getPageTwins(
	locale: Locale,
	path: string
): Promise<Partial<Record<Locale, string>>> {
	const page = (await getLocalePages(locale)).find((p) => p.path === path);
	if (!page) return {};
	return Object.fromEntries((await getTwins(page)).map((twin) => [twin.locale, twin.path]));
}

/** Neighbours and breadcrumbs of a docs page. */
export async function getDocLayoutData(page: DocPage) {
	const [neighbours, ancestors] = await Promise.all([getNeighbours(page), getAncestors(page)]);
	return { ancestors, ...neighbours };
}

/**
 * hreflang alternates of a page with the given twins: none without a real translation; x-default
 * is the language chooser for the home page and the default-locale version elsewhere.
 */
export function alternatesOf(
	page: DocPage,
	twins: Partial<Record<Locale, string>>
): { hreflang: string; path: string }[] {
	const versions = localeCodes.flatMap((locale) => {
		const path = locale === page.locale ? page.path : twins[locale];
		return path ? [{ locale, path }] : [];
	});
	if (versions.length < 2) return [];
	return [
		...versions.map((v) => ({ hreflang: langTag(v.locale), path: v.path })),
		{
			hreflang: 'x-default',
			path:
				page.slug === ''
					? rootPath()
					: (versions.find((v) => v.locale === defaultLocale) ?? { path: page.path }).path,
		},
	];
}

/** What the page shell (header, sidebar, footer) shows on every page of a locale. */
export async function getShellData(locale: Locale) {
	const [sections, localePages, tree] = await Promise.all([
		getHeaderSections(locale),
		getLocalePages(locale),
		getNavTree(locale),
	]);
	return {
		sections,
		tree,
		/** Top-level pages, offered as a way out of a dead end. */
		topLevel: localePages.filter((p) => p.parent === ''),
		footerLinks: footerSlugs.flatMap((slug) => localePages.filter((p) => p.slug === slug)),
	};
}

/** The headings the page's contents list shows: sections and subsections. */
export function contentsItems<T extends { depth: number }>(headings: readonly T[]): T[] {
	return headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
}

/**
 * The search section of a page, used as Pagefind's `section` filter: the first segment of its
 * slug (`'xen/pv-vs-hvm/'` → `'xen'`), or `home` for the home page.
 */
export function sectionOf(slug: string): string {
	return slug.split('/')[0] || 'home';
}

/**
 * The search dialog's sections: `filters` are the header's sections (the filter buttons), and
 * `labels` names the section of every top-level page for the results, both in the page labels.
 */
export async function getSearchSections(locale: Locale) {
	const pages = await getLocalePages(locale);
	const topLevel = pages.filter((p) => p.parent === '' || p.slug === '');
	return {
		filters: pages
			.filter((p) => p.entry.data.header)
			.map((p) => ({ key: sectionOf(p.slug), label: p.label })),
		labels: Object.fromEntries(topLevel.map((p) => [sectionOf(p.slug), p.label])),
	};
}

/** Page titles and section headings per locale: the words the search dialog's "did you mean" knows. */
export async function getSearchHeadings(): Promise<Record<Locale, string[]>> {
	const out = Object.fromEntries(localeCodes.map((code) => [code, [] as string[]])) as Record<
		Locale,
		string[]
	>;
	for (const page of await getDocPages()) {
		const { headings } = await render(page.entry);
		out[page.locale].push(page.entry.data.title, ...headings.map((heading) => heading.text));
	}
	return out;
}

/** What a docs page's social card (`og:image`) shows: see src/lib/social-card.ts. */
export async function getSocialCard(page: DocPage): Promise<SocialCard> {
	// The top-level section (`Xen` for xen/pv-vs-hvm/), not the home page every page sits under.
	const section = (await getAncestors(page)).find((ancestor) => ancestor.slug !== '');
	return {
		lang: langTag(page.locale),
		siteName: useTranslations(page.locale)('site.title'),
		section: section?.label,
		title: page.entry.data.title,
		description: page.entry.data.description,
	};
}
