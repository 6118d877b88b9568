/**
 * The search dialog, loaded the first time a reader opens search or points at the search button
 * (never on page load). It drives Pagefind's own JavaScript API and re-ranks its answers with
 * src/lib/search.ts; everything it shows comes from the config rendered into the dialog by
 * Search.astro, so this file holds no strings of either language.
 */
import {
	answered,
	didYouMean,
	excerptWords,
	expansions,
	highlightTerms,
	matchGlossary,
	pagefindOptions,
	pageFragment,
	warmUpQuery,
	rankResults,
	readPage,
	vocabulary,
	type PageFragment,
	type Ranked,
	type ReadPage,
	type SearchGlossaryEntry,
	type SearchTerms,
	type StoredPage,
} from '../lib/search';

interface SearchConfig {
	locale: string;
	bundle: string;
	terms: string;
	/** Pagefind's options, from src/lib/search.ts. */
	options: Record<string, unknown>;
	glossary: string;
	others: { locale: string; lang: string; label: string; bundle: string }[];
	sections: Record<string, string>;
	strings: {
		loading: string;
		count: string;
		none: string;
		otherLanguage: string;
		error: string;
		definition: string;
		didYouMean: string;
	};
}

/** What Pagefind's `result.data()` returns, of which the dialog reads only the stored page. */
interface PagefindResultData extends StoredPage {
	/** The stored content with its word separators, `<` and `>` escaped. */
	raw_content: string;
}
interface PagefindApi {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(
		term: string,
		options?: object
	): Promise<{
		results: {
			id: string;
			score: number;
			/** Locations of the matched words in the page. */
			words: number[];
			data(): Promise<PagefindResultData>;
		}[];
	} | null>;
}

interface Answer {
	results: Ranked<PageFragment>[];
	definition: SearchGlossaryEntry | undefined;
	suggestion: string | undefined;
	/** What the landing page highlights: the query, its words and its glossary expansions. */
	highlight: string[];
}

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
const list = dialog.querySelector<HTMLElement>('#search-results')!;
const extra = dialog.querySelector<HTMLElement>('.search-extra')!;
const status = dialog.querySelector<HTMLElement>('.search-status')!;
const config = JSON.parse(dialog.dataset['config'] ?? '{}') as SearchConfig;
const maxResults = 8;
/** Results Pagefind returns that are re-ranked; the right section is nearly always among them. */
const pool = 12;

let opener: HTMLElement | null = null;
let active = -1;

const bundles = new Map<string, Promise<PagefindApi>>();
function loadBundle(url: string): Promise<PagefindApi> {
	let bundle = bundles.get(url);
	if (!bundle) {
		bundle = (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
			// On the main thread: for an index this small, starting Pagefind's worker costs more than
			// it saves (first search 461 → 385 ms zh, 404 → 302 ms en; npm run bench:search).
			await pagefind.options({ ...config.options, noWorker: true });
			await pagefind.init();
			return pagefind;
		});
		bundles.set(url, bundle);
	}
	return bundle;
}

let terms: Promise<SearchTerms> | undefined;
const empty: SearchTerms = { glossary: [], headings: {} };
const loadTerms = () =>
	(terms ??= fetch(config.terms)
		.then((response) => (response.ok ? (response.json() as Promise<SearchTerms>) : empty))
		.catch(() => empty));

let words: string[] | undefined;

/**
 * Pages of the index, fetched and split once per visit. Pagefind's own `result.data()` builds an
 * excerpt for every matching section of a page on every call (most of a first search's time with
 * a dozen pages per query); the dialog reads the same stored page and excerpts only what it shows.
 */
const pages = new Map<string, Promise<ReadPage>>();
const signature = 'pagefind_dcd';

async function fetchPage(url: string): Promise<StoredPage> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${response.status} ${url}`);
	let body = await response.blob();
	// Stored gzipped, unless the server already undid it; the browser's own gunzip is native.
	if ((await body.slice(0, signature.length).text()) !== signature)
		body = await new Response(body.stream().pipeThrough(new DecompressionStream('gzip'))).blob();
	return JSON.parse((await body.text()).slice(signature.length)) as StoredPage;
}

function loadPage(
	bundle: string,
	id: string,
	data: () => Promise<PagefindResultData>
): Promise<ReadPage> {
	const url = new URL(`fragment/${id}.pf_fragment`, new URL(bundle, location.href)).href;
	let page = pages.get(url);
	if (!page) {
		page = fetchPage(url)
			.catch(async () => {
				// Pagefind can store small pages together in one file; its own loader finds them.
				const stored = await data();
				return {
					...stored,
					content: stored.raw_content.replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
				};
			})
			.then(readPage);
		// A page that failed to load is tried again by the next search.
		page.catch(() => pages.delete(url));
		pages.set(url, page);
	}
	return page;
}

/**
 * One query on one language's bundle: the reader's words, the glossary's other-language spellings
 * of them and, when nothing answers, the closest spelling from the glossary and the headings;
 * merged, re-ranked, best first.
 */
async function answer(url: string, query: string, target: string): Promise<Answer> {
	const [pagefind, known] = await Promise.all([loadBundle(url), loadTerms()]);
	const section = dialog.querySelector<HTMLInputElement>(
		'input[name="search-section"]:checked'
	)?.value;
	const options = section ? { filters: { section } } : {};
	const run = async (queries: string[], weights: number[]) => {
		const responses = await Promise.all(queries.map((q) => pagefind.search(q, options)));
		const found = new Map<
			string,
			{ score: number; locations: number[]; data: () => Promise<PagefindResultData> }
		>();
		for (const [index, response] of responses.entries()) {
			for (const result of response?.results.slice(0, pool) ?? []) {
				const score = result.score * (weights[index] ?? 0.5);
				const page = found.get(result.id) ?? { score, locations: [], data: result.data };
				page.score = Math.max(page.score, score);
				// The sections every search found on this page.
				page.locations.push(...result.words);
				found.set(result.id, page);
			}
		}
		const best = [...found].sort(([, a], [, b]) => b.score - a.score).slice(0, pool);
		return Promise.all(
			best.map(async ([id, { score, locations, data }]) => ({
				score,
				fragment: pageFragment(await loadPage(url, id, data), locations),
			}))
		);
	};
	let matched = matchGlossary(query, known.glossary);
	let more = expansions(query, matched, target);
	// The reader's own words rank above glossary expansions.
	let results = rankResults(
		query,
		await run([query, ...more], [1, ...more.map(() => 0.5)]),
		matched,
		target
	);
	let suggestion: string | undefined;
	if (!answered(query, results, matched)) {
		suggestion = didYouMean(query, (words ??= vocabulary(known, target)));
		if (suggestion) {
			const fixed = matchGlossary(suggestion, known.glossary);
			const fixedMore = expansions(suggestion, fixed, target);
			const corrected = rankResults(
				suggestion,
				await run([suggestion, query, ...fixedMore], [1, 0.5, ...fixedMore.map(() => 0.5)]),
				fixed,
				target
			);
			// The correction's results replace the query's only when they answer it.
			if (answered(suggestion, corrected, fixed))
				[results, matched, more] = [corrected, fixed, fixedMore];
			else suggestion = undefined;
		}
	}
	return {
		results: results.slice(0, maxResults),
		definition: matched[0],
		suggestion,
		highlight: highlightTerms(suggestion ?? query, more),
	};
}

function option(
	ranked: Ranked<PageFragment>,
	index: number,
	highlight: string[],
	lang?: string
): HTMLAnchorElement {
	const { fragment: result } = ranked;
	const link = document.createElement('a');
	const url = new URL(ranked.url, location.href);
	// The landing page highlights these (src/client/search-highlight.ts), then drops the parameter.
	for (const term of highlight) url.searchParams.append('highlight', term);
	link.href = url.pathname + url.search + url.hash;
	link.id = `search-option-${index}`;
	link.className = 'search-result';
	link.setAttribute('role', 'option');
	link.setAttribute('aria-selected', 'false');
	link.tabIndex = -1;
	if (lang) link.lang = lang;
	const section = result.filters['section']?.[0] ?? '';
	const title = document.createElement('span');
	title.className = 'search-result-title';
	title.textContent = result.meta['title'] ?? result.url;
	const where = document.createElement('span');
	where.className = 'search-result-section';
	where.textContent = [
		config.sections[section],
		ranked.section && ranked.section !== title.textContent ? ranked.section : '',
	]
		.filter(Boolean)
		.join(' › ');
	const excerpt = document.createElement('span');
	excerpt.className = 'search-result-excerpt';
	for (const word of excerptWords(result, ranked.url, pagefindOptions.excerptLength)) {
		if (!word.mark) excerpt.append(word.text);
		else excerpt.append(Object.assign(document.createElement('mark'), { textContent: word.text }));
	}
	link.append(title, where, excerpt);
	return link;
}

/** The glossary entry the query names, above the results, linking to the entry itself. */
function definitionRow(entry: SearchGlossaryEntry): HTMLAnchorElement {
	const link = document.createElement('a');
	link.className = 'search-definition';
	link.href = `${config.glossary}#term-${entry.id}`;
	const label = document.createElement('span');
	label.className = 'search-definition-label';
	label.textContent = config.strings.definition;
	const term = document.createElement('span');
	term.className = 'search-definition-term';
	term.textContent = entry.terms[config.locale]?.[0] ?? entry.id;
	const text = document.createElement('span');
	text.className = 'search-definition-text';
	text.textContent = entry.definition[config.locale] ?? '';
	link.append(label, term, text);
	return link;
}

function suggestionRow(suggestion: string): HTMLElement {
	const row = document.createElement('p');
	row.className = 'search-suggestion';
	const [before = '', after = ''] = config.strings.didYouMean.split('{term}');
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = suggestion;
	button.addEventListener('click', () => {
		input.value = suggestion;
		input.focus();
		schedule();
	});
	row.append(before, button, after);
	return row;
}

function options(): HTMLAnchorElement[] {
	return [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
}

/** Marks option `index` as chosen (-1: none); the list does not wrap past its ends. */
function setActive(index: number) {
	const all = options();
	active = index >= 0 && index < all.length ? index : -1;
	for (const [i, el] of all.entries()) el.setAttribute('aria-selected', String(i === active));
	const current = all[active];
	if (current) {
		input.setAttribute('aria-activedescendant', current.id);
		current.scrollIntoView({ block: 'nearest' });
	} else input.removeAttribute('aria-activedescendant');
}

async function render(query: string) {
	if (!query) {
		list.replaceChildren();
		extra.replaceChildren();
		status.textContent = '';
		input.setAttribute('aria-expanded', 'false');
		setActive(-1);
		return;
	}
	try {
		const found = await answer(config.bundle, query, config.locale);
		const nodes: HTMLElement[] = found.results.map((result, i) =>
			option(result, i, found.highlight)
		);
		let message = config.strings.count.replace('{count}', String(found.results.length));
		if (found.results.length === 0) {
			message = config.strings.none.replace('{query}', query);
			// Nothing in this language: offer the other language's pages, labelled as such.
			for (const other of config.others) {
				const there = await answer(other.bundle, query, other.locale);
				if (!there.results.length) continue;
				const group = document.createElement('div');
				group.setAttribute('role', 'group');
				group.className = 'search-group';
				group.id = `search-group-${other.locale}`;
				const label = document.createElement('div');
				label.className = 'search-group-label';
				label.id = `search-group-label-${other.locale}`;
				label.textContent = config.strings.otherLanguage.replace('{language}', other.label);
				group.setAttribute('aria-labelledby', label.id);
				group.append(
					label,
					...there.results.map((result, i) =>
						option(result, nodes.length + i, there.highlight, other.lang)
					)
				);
				nodes.push(group);
				message += ` ${label.textContent}: ${there.results.length}`;
			}
		}
		extra.replaceChildren(
			...(found.suggestion ? [suggestionRow(found.suggestion)] : []),
			...(found.definition ? [definitionRow(found.definition)] : [])
		);
		list.replaceChildren(...nodes);
		// A new list starts at its top with nothing chosen: Enter then opens the first result.
		list.scrollTop = 0;
		status.textContent = message;
		input.setAttribute('aria-expanded', String(options().length > 0));
		setActive(-1);
		dialog.dispatchEvent(new CustomEvent('search:rendered', { detail: { query } }));
	} catch (error) {
		status.textContent = config.strings.error;
		console.warn(error);
	}
}

/**
 * At most one search runs at a time and only the newest query waits behind it: keystrokes typed
 * while a search runs are coalesced, and a keystroke on an idle dialog searches at once (a fixed
 * debounce delay would be added to every search).
 */
let running: Promise<void> | undefined;
let shown: string | undefined;
function schedule(): Promise<void> {
	running ??= (async () => {
		while (shown !== input.value.trim()) {
			shown = input.value.trim();
			await render(shown);
		}
	})().finally(() => (running = undefined));
	return running;
}

input.addEventListener('input', () => void schedule());
dialog.addEventListener('change', (event) => {
	if (!(event.target as HTMLElement).matches('input[name="search-section"]')) return;
	shown = undefined;
	void schedule();
});
input.addEventListener('keydown', (event) => {
	const count = options().length;
	if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
		event.preventDefault();
		if (!count) return;
		const down = event.key === 'ArrowDown';
		setActive(
			active < 0
				? down
					? 0
					: count - 1
				: Math.min(count - 1, Math.max(0, active + (down ? 1 : -1)))
		);
	} else if ((event.key === 'Home' || event.key === 'End') && active >= 0) {
		// With a result chosen, Home and End move through the list; otherwise they move the caret.
		event.preventDefault();
		setActive(event.key === 'Home' ? 0 : count - 1);
	} else if (event.key === 'Enter') {
		event.preventDefault();
		// Enter right after typing opens the first result of what was typed, not of an older query.
		const chosen = active;
		void schedule().then(() => {
			const target = options()[chosen] ?? options()[0];
			target?.click();
		});
	}
});
// A choice made with the arrow keys is dropped when the query changes.
input.addEventListener('input', () => setActive(-1));
dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
// A click on the backdrop (outside the panel) closes the dialog.
dialog.addEventListener('click', (event) => {
	if (event.target === dialog) dialog.close();
});
dialog.addEventListener('close', () => opener?.focus());

/**
 * Starts loading Pagefind, its index and the glossary terms, before the reader types. When the
 * reader only points at or focuses the search button, one search nobody sees follows, for a name
 * on every page: it fetches the index chunk and the pages most searches find and compiles the
 * code every search runs, so the first real search starts warm (measured by npm run bench:search).
 */
export function preloadSearch(warm = false) {
	void loadTerms();
	const bundle = loadBundle(config.bundle);
	if (warm)
		warmed ??= bundle
			.then(() => answer(config.bundle, warmUpQuery, config.locale))
			.catch(() => undefined);
	return bundle;
}
let warmed: Promise<unknown> | undefined;

/**
 * Opens the dialog; `trigger` gets focus back when it closes. `enter`: the reader already pressed
 * Enter (before this code had loaded), so the first result opens as soon as it is there.
 */
export function openSearch(trigger: HTMLElement | null, enter = false) {
	opener = trigger;
	// Usually opened by src/client/site.ts already, with what the reader typed since in the box.
	if (!dialog.open) {
		dialog.showModal();
		input.focus();
		input.select();
	}
	if (!bundles.size) status.textContent = config.strings.loading;
	preloadSearch()
		.then(() => {
			if (status.textContent === config.strings.loading) status.textContent = '';
		})
		.catch(() => (status.textContent = config.strings.error));
	if (input.value.trim()) {
		const searched = schedule();
		if (enter) void searched.then(() => options()[0]?.click());
	}
}
