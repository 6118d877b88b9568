import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, isLocale, langTag, localeCodes, type Locale } from '../i18n/locales';
import { localizedPath, rootPath } from './paths';

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

/** The sidebar tree for a locale: top-level pages with their sub-pages. */
export async function getNavTree(locale: Locale): Promise<NavItem[]> {
	const pages = await getLocalePages(locale);
	const build = (parent: string): NavItem[] =>
		pages.filter((p) => p.parent === parent).map((page) => ({ page, children: build(page.slug) }));
	// The home page heads the list; top-level sections follow it as siblings, not as its children.
	const home = pages.find((p) => p.slug === '');
	return [...(home ? [{ page: home, children: [] }] : []), ...build('')];
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

/** Pages linked from every footer, by slug. */
const footerSlugs = ['references/', 'about/'];

/**
 * Everything the docs layout needs around a page's content, worked out in one place:
 * navigation, neighbours, the other-language twins and the hreflang alternates.
 */
export async function getDocLayoutData(page: DocPage) {
	const [tree, sections, twinsList, neighbours, ancestors, localePages] = await Promise.all([
		getNavTree(page.locale),
		getHeaderSections(page.locale),
		getTwins(page),
		getNeighbours(page),
		getAncestors(page),
		getLocalePages(page.locale),
	]);
	const twins: Partial<Record<Locale, string>> = Object.fromEntries(
		twinsList.map((twin) => [twin.locale, twin.path])
	);
	// hreflang only when a real translation exists; x-default is the language chooser for the
	// home page and the default-locale twin elsewhere.
	const alternates =
		twinsList.length === 0
			? []
			: [
					...[page, ...twinsList]
						.sort((a, b) => localeCodes.indexOf(a.locale) - localeCodes.indexOf(b.locale))
						.map((p) => ({ hreflang: langTag(p.locale), path: p.path })),
					{
						hreflang: 'x-default',
						path:
							page.slug === ''
								? rootPath()
								: ([page, ...twinsList].find((p) => p.locale === defaultLocale) ?? page).path,
					},
				];
	return {
		tree,
		sections,
		twins,
		alternates,
		ancestors,
		...neighbours,
		footerLinks: footerSlugs.flatMap((slug) => localePages.filter((p) => p.slug === slug)),
	};
}

/** Header and footer data for pages outside the docs collection (the 404 pages). */
export async function getShellData(locale: Locale) {
	const [sections, localePages] = await Promise.all([
		getHeaderSections(locale),
		getLocalePages(locale),
	]);
	return {
		sections,
		/** Top-level pages, offered as a way out of a dead end. */
		topLevel: localePages.filter((p) => p.parent === ''),
		footerLinks: footerSlugs.flatMap((slug) => localePages.filter((p) => p.slug === slug)),
	};
}

/** Search sections: the first slug segment, or `home`. Used as Pagefind's `section` filter. */
export const searchSections = ['history', 'xen', 'kvm', 'comparison', 'glossary'] as const;

export type SectionKey =
	'home' | 'history' | 'xen' | 'kvm' | 'comparison' | 'glossary' | 'references' | 'about';

/** The section a slug belongs to: `'xen/pv-vs-hvm/'` → `'xen'`, `''` → `'home'`. */
export function sectionOf(slug: string): SectionKey {
	const first = slug.split('/')[0];
	const known: SectionKey[] = [
		'history',
		'xen',
		'kvm',
		'comparison',
		'glossary',
		'references',
		'about',
	];
	return known.find((key) => key === first) ?? 'home';
}
