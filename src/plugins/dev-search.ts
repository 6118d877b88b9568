import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';

export interface DevSearchOptions {
	/** Project root (absolute path); pages are the MDX files under `content/docs/<locale>/`. */
	root: string;
	base: string;
	localeCodes: readonly string[];
	/** Options Pagefind's index is built with; the same as the build's. */
	indexOptions: pagefind.PagefindServiceConfig;
	info: (message: string) => void;
	warn: (message: string) => void;
}

interface LocaleIndex {
	/** Every file of the bundle built so far, by path inside `pagefind/<locale>/`. */
	files: Map<string, Uint8Array>;
	/** Rendered HTML per page URL, so a refresh fetches only the pages that changed. */
	pages: Map<string, string>;
	/** Page URLs to fetch again before the next build of the index; `all` after a site-wide change. */
	stale: Set<string> | 'all';
	building: Promise<void> | undefined;
}

/**
 * The search index of `astro dev`: one Pagefind bundle per language, built in memory from the
 * pages as the dev server renders them, the first time the search dialog asks for it. A saved page
 * marks that page stale, a change anywhere else (data, components, strings) marks every page
 * stale; the next time a page loads the search bundle, the stale pages are fetched again and the
 * index is rebuilt (a few hundred ms for the others, which are kept). So search answers for the
 * content as it was when the dialog was first opened on the current page load.
 */
export class DevSearch {
	private readonly indexes = new Map<string, LocaleIndex>();
	/** Where the dev server listens, e.g. `http://localhost:4321`; set once it does. */
	origin: string | undefined;

	constructor(private readonly options: DevSearchOptions) {
		for (const locale of options.localeCodes)
			this.indexes.set(locale, {
				files: new Map(),
				pages: new Map(),
				stale: 'all',
				building: undefined,
			});
	}

	/** Called for every file the dev server sees change, appear or disappear. */
	changed(path: string): void {
		const file = relative(this.options.root, path).replaceAll('\\', '/');
		if (file.startsWith('node_modules/') || file.startsWith('.astro/') || file.startsWith('dist/'))
			return;
		const page = /^content\/docs\/([^/]+)\/(.+)\.mdx$/.exec(file);
		for (const [locale, index] of this.indexes) {
			if (index.stale === 'all') continue;
			if (page && page[1] === locale) index.stale.add(this.urlOf(locale, page[2] ?? ''));
			else if (!page) index.stale = 'all';
		}
	}

	/**
	 * A file of `pagefind/<locale>/`: the entry points (`pagefind.js`, `pagefind-entry.json`)
	 * bring the index up to date first; the chunks and fragments they name are served as built.
	 */
	async file(locale: string, path: string): Promise<Uint8Array | undefined> {
		const index = this.indexes.get(locale);
		if (!index) return undefined;
		if (path === 'pagefind.js' || path === 'pagefind-entry.json') await this.refresh(locale, index);
		return index.files.get(path);
	}

	private urlOf(locale: string, page: string): string {
		const slug = page === 'index' ? '' : `${page.replace(/\/index$/, '')}/`;
		return `${this.options.base}${locale}/${slug}`;
	}

	private async pageUrls(locale: string): Promise<string[]> {
		const dir = join(this.options.root, 'content/docs', locale);
		return (await readdir(dir, { recursive: true }))
			.filter((file) => file.endsWith('.mdx'))
			.map((file) => this.urlOf(locale, file.replaceAll('\\', '/').replace(/\.mdx$/, '')))
			.sort();
	}

	private refresh(locale: string, index: LocaleIndex): Promise<void> {
		if (index.stale !== 'all' && index.stale.size === 0 && index.files.size > 0)
			return index.building ?? Promise.resolve();
		index.building ??= this.build(locale, index).finally(() => {
			index.building = undefined;
		});
		return index.building;
	}

	private async build(locale: string, index: LocaleIndex): Promise<void> {
		const started = performance.now();
		const urls = await this.pageUrls(locale);
		const stale = index.stale;
		index.stale = new Set();
		const toFetch = urls.filter(
			(url) => stale === 'all' || stale.has(url) || !index.pages.has(url)
		);
		for (const url of index.pages.keys()) if (!urls.includes(url)) index.pages.delete(url);
		// Two at a time: the dev server renders pages on the same process as everything else.
		const queue = [...toFetch];
		const worker = async () => {
			for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
				const response = await fetch(new URL(url, this.origin));
				if (response.ok) index.pages.set(url, await response.text());
				else {
					index.pages.delete(url);
					this.options.warn(`search: ${url} answered ${response.status}, left out of the index`);
				}
			}
		};
		await Promise.all([worker(), worker()]);

		const { index: pagefindIndex, errors } = await pagefind.createIndex(this.options.indexOptions);
		if (!pagefindIndex) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		try {
			for (const [url, content] of index.pages) {
				// The same path as the build's file, so result URLs are the build's too.
				const sourcePath = `${url.slice(this.options.base.length)}index.html`;
				const added = await pagefindIndex.addHTMLFile({ sourcePath, content });
				if (added.errors.length) this.options.warn(`search: ${url}: ${added.errors.join('; ')}`);
			}
			const built = await pagefindIndex.getFiles();
			if (built.errors.length) throw new Error(`Pagefind (${locale}): ${built.errors.join('; ')}`);
			// Earlier chunks stay: a page that loaded the previous entry file may still ask for them.
			for (const file of built.files) index.files.set(file.path.replace(/^\/+/, ''), file.content);
		} finally {
			await pagefindIndex.deleteIndex();
		}
		this.options.info(
			`search (${locale}): indexed ${index.pages.size} pages (${toFetch.length} fetched) in ${((performance.now() - started) / 1000).toFixed(1)} s`
		);
	}
}
