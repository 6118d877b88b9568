/**
 * The search dialog, loaded the first time a reader opens search (never on page load). It drives
 * Pagefind's own JavaScript API; everything it shows comes from the config rendered into the
 * dialog by Search.astro, so this file holds no strings of either language.
 */

interface SearchConfig {
	locale: string;
	bundle: string;
	terms: string;
	/** Pagefind's options, from src/lib/search.ts. */
	options: Record<string, unknown>;
	others: { locale: string; lang: string; label: string; bundle: string }[];
	sections: Record<string, string>;
	strings: { loading: string; count: string; none: string; otherLanguage: string; error: string };
}

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string; locations?: number[] }[];
}
interface PagefindApi {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(
		term: string,
		options?: object
	): Promise<{
		results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
	} | null>;
}

/** Glossary pairs for cross-language query expansion: `{ en: [...], 'zh-cn': [...] }` per term. */
type TermList = Record<string, string[]>[];

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
const list = dialog.querySelector<HTMLElement>('#search-results')!;
const status = dialog.querySelector<HTMLElement>('.search-status')!;
const config = JSON.parse(dialog.dataset['config'] ?? '{}') as SearchConfig;
const maxResults = 8;

let opener: HTMLElement | null = null;
let active = -1;
let latest = 0;

const bundles = new Map<string, Promise<PagefindApi>>();
function loadBundle(url: string): Promise<PagefindApi> {
	let bundle = bundles.get(url);
	if (!bundle) {
		bundle = (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
			// On the main thread: for an index this small, starting Pagefind's worker costs more than
			// it saves (first search 461 → 385 ms zh, 404 → 302 ms en; npm run bench:search).
			await pagefind.options({ ...config.options, noWorker: true });
			await pagefind.init();
			// Fetch the WebAssembly and index metadata now, while the reader is still typing.
			void pagefind.preload('KVM');
			return pagefind;
		});
		bundles.set(url, bundle);
	}
	return bundle;
}

let terms: Promise<TermList> | undefined;
const loadTerms = () =>
	(terms ??= fetch(config.terms)
		.then((response) => (response.ok ? (response.json() as Promise<TermList>) : []))
		.catch(() => []));

const isCjk = (text: string) => /[\u3400-\u9fff]/.test(text);

/**
 * Other spellings of the query in the target language, from the glossary: on a Chinese page
 * "paravirtualization" also searches 半虚拟化, and on an English page 授权表 also searches
 * "grant table".
 */
async function expansions(query: string, target: string): Promise<string[]> {
	const q = query.trim().toLowerCase();
	if (!q) return [];
	const found = new Set<string>();
	for (const entry of await loadTerms()) {
		for (const [locale, variants] of Object.entries(entry)) {
			if (locale === target) continue;
			const hit = variants.some((variant) => {
				const v = variant.toLowerCase();
				return isCjk(v)
					? q.includes(v)
					: q === v ||
							new RegExp(`(^|\\W)${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`).test(q);
			});
			if (hit) for (const term of entry[target]?.slice(0, 1) ?? []) found.add(term);
		}
	}
	found.delete(query);
	return [...found];
}

/** Runs the query and its glossary expansions on one bundle; merged, best score first. */
async function searchBundle(
	url: string,
	query: string,
	target: string
): Promise<PagefindResultData[]> {
	const pagefind = await loadBundle(url);
	const section = dialog.querySelector<HTMLInputElement>(
		'input[name="search-section"]:checked'
	)?.value;
	const options = section ? { filters: { section } } : {};
	// The reader's own query starts at once; glossary expansions follow when the term list is in.
	const own = pagefind.search(query, options);
	const extra = expansions(query, target).then((terms) =>
		Promise.all(terms.map((term) => pagefind.search(term, options)))
	);
	const responses = [await own, ...(await extra)];
	const scored = new Map<string, { score: number; load: () => Promise<PagefindResultData> }>();
	for (const [index, response] of responses.entries()) {
		for (const result of response?.results ?? []) {
			// The reader's own words rank above glossary expansions.
			const score = result.score * (index === 0 ? 1 : 0.5);
			const known = scored.get(result.id);
			if (!known || known.score < score)
				scored.set(result.id, { score, load: () => result.data() });
		}
	}
	const best = [...scored.values()].sort((a, b) => b.score - a.score).slice(0, maxResults);
	return Promise.all(best.map((entry) => entry.load()));
}

/** Pagefind excerpts are escaped text with <mark>; keep only the marks. */
function excerptHtml(excerpt: string): string {
	return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

function option(result: PagefindResultData, index: number, lang?: string): HTMLAnchorElement {
	// Link to the heading section with the most matches, when Pagefind found one.
	const sub = result.sub_results
		.filter((s) => s.url.includes('#'))
		.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
	const link = document.createElement('a');
	link.href = sub?.url ?? result.url;
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
		sub && sub.title !== title.textContent ? sub.title : '',
	]
		.filter(Boolean)
		.join(' › ');
	const excerpt = document.createElement('span');
	excerpt.className = 'search-result-excerpt';
	excerpt.innerHTML = excerptHtml(sub?.excerpt ?? result.excerpt);
	link.append(title, where, excerpt);
	return link;
}

function options(): HTMLAnchorElement[] {
	return [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
}

/** Marks option `index` as the active one (wrapping round the list); -1 marks none. */
function setActive(index: number) {
	const all = options();
	active = all.length && index !== -1 ? (index + all.length) % all.length : -1;
	for (const [i, el] of all.entries()) el.setAttribute('aria-selected', String(i === active));
	const current = all[active];
	if (current) {
		input.setAttribute('aria-activedescendant', current.id);
		current.scrollIntoView({ block: 'nearest' });
	} else input.removeAttribute('aria-activedescendant');
}

async function run() {
	const query = input.value.trim();
	const id = ++latest;
	if (!query) {
		list.replaceChildren();
		status.textContent = '';
		input.setAttribute('aria-expanded', 'false');
		setActive(-1);
		return;
	}
	try {
		const results = await searchBundle(config.bundle, query, config.locale);
		if (id !== latest) return;
		const nodes: HTMLElement[] = results.map((result, i) => option(result, i));
		let message = config.strings.count.replace('{count}', String(results.length));
		if (results.length === 0) {
			message = config.strings.none.replace('{query}', query);
			// Nothing in this language: offer the other language's pages, labelled as such.
			for (const other of config.others) {
				const found = await searchBundle(other.bundle, query, other.locale);
				if (id !== latest) return;
				if (!found.length) continue;
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
					...found.map((result, i) => option(result, nodes.length + i, other.lang))
				);
				nodes.push(group);
				message += ` ${label.textContent}: ${found.length}`;
			}
		}
		list.replaceChildren(...nodes);
		status.textContent = message;
		input.setAttribute('aria-expanded', String(options().length > 0));
		setActive(-1);
		dialog.dispatchEvent(new CustomEvent('search:rendered', { detail: { query } }));
	} catch (error) {
		status.textContent = config.strings.error;
		console.warn(error);
	}
}

input.addEventListener('input', () => void run());
dialog.addEventListener('change', (event) => {
	if ((event.target as HTMLElement).matches('input[name="search-section"]')) void run();
});
input.addEventListener('keydown', (event) => {
	if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
		event.preventDefault();
		// From no active option, ↓ goes to the first and ↑ to the last.
		const step = event.key === 'ArrowDown' ? 1 : -1;
		setActive(active === -1 ? (step === 1 ? 0 : options().length - 1) : active + step);
	} else if (event.key === 'Enter') {
		const target = options()[active] ?? options()[0];
		if (target) {
			event.preventDefault();
			target.click();
		}
	}
});
dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
// A click on the backdrop (outside the panel) closes the dialog.
dialog.addEventListener('click', (event) => {
	if (event.target === dialog) dialog.close();
});
dialog.addEventListener('close', () => opener?.focus());

/** Opens the dialog; `trigger` gets focus back when it closes. */
export function openSearch(trigger: HTMLElement | null) {
	opener = trigger;
	if (!dialog.open) dialog.showModal();
	input.focus();
	input.select();
	if (!bundles.size) {
		status.textContent = config.strings.loading;
		loadBundle(config.bundle)
			.then(() => {
				if (status.textContent === config.strings.loading) status.textContent = '';
				if (input.value) void run();
			})
			.catch(() => (status.textContent = config.strings.error));
		void loadTerms();
	}
}
