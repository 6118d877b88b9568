/**
 * What the search dialog does with Pagefind's answers, as pure functions: glossary matching and
 * cross-language expansion, re-ranking so that the section a reader means comes first, and "did
 * you mean". The dialog (src/client/search-ui.ts) imports this, so the recall benchmark, which
 * drives the dialog, measures exactly this code; the unit tests beside it pin the rules.
 */
import { distance } from 'fastest-levenshtein';

/**
 * Pagefind options of the search dialog (which the recall benchmark drives, so what is measured is
 * what ships). Halving term frequency stops long pages that repeat one word of a two-word query
 * ("event" on the history page) from outranking the page about the phrase ("event channel");
 * measured on the recall fixture in tools/bench/search-queries.ts.
 */
export const pagefindOptions = {
	excerptLength: 22,
	ranking: { termFrequency: 0.5 },
} as const;

/** One glossary entry as the dialog receives it (src/pages/search-terms/[locale].json.ts). */
export interface SearchGlossaryEntry {
	id: string;
	/** Every spelling per locale: the term, what is in its parentheses, its aliases. */
	terms: Record<string, string[]>;
	/** The first sentence of the definition per locale, for the "Definition" row. */
	definition: Record<string, string>;
	/** Slug and fragment of the section that explains the term, e.g. `xen/#hypercalls`. */
	see: string;
}

export interface SearchTerms {
	glossary: SearchGlossaryEntry[];
	/** Page titles and headings per locale: the vocabulary "did you mean" draws on. */
	headings: Record<string, string[]>;
}

/** The part of a Pagefind result (`await result.data()`) that ranking reads. */
export interface SearchFragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	sub_results: {
		title: string;
		url: string;
		locations?: number[];
		/** Pagefind's per-word weights: headings and leads count more, the timeline less. */
		weighted_locations?: { weight: number; location: number }[];
	}[];
	anchors?: { element: string; id: string; location: number }[];
	locations?: number[];
}

export interface Candidate<F extends SearchFragment = SearchFragment> {
	/** Pagefind's score, already weighted by which query found it (own words 1, expansions less). */
	score: number;
	fragment: F;
}

export interface Ranked<F extends SearchFragment = SearchFragment> {
	fragment: F;
	/** Where the result links: the page URL with the best section's fragment. */
	url: string;
	/** Title of that section, when it is not the page itself. */
	section: string | undefined;
	score: number;
}

const isCjk = (text: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
export const isLatin = (text: string) => /^[\x20-\x7e]+$/.test(text);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower case, one space between words, hyphens and spaces treated alike ("type-1" = "type 1"). */
export function normalize(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s-]+/g, ' ')
		.trim();
}

/**
 * Whether `needle` occurs in `text` as a whole word (Latin: not inside a longer word, an English
 * plural allowed) or, for Chinese, anywhere. Both normalized first.
 */
export function mentions(text: string, needle: string): boolean {
	const t = normalize(text);
	const n = normalize(needle);
	if (!n) return false;
	if (isCjk(n)) return t.includes(n);
	return new RegExp(`(^|[^a-z0-9_])${escape(n)}(e?s)?($|[^a-z0-9_])`).test(t);
}

/** Strips an English plural so "hypercalls" finds the entry "Hypercall". */
const singular = (text: string) => (isLatin(text) ? text.replace(/(?<=[a-z]{3}[^s])s$/, '') : text);

/**
 * Glossary entries the query names, best first: an entry one of whose spellings (in any locale)
 * is the whole query, then entries the query contains (longest spelling first). At most three.
 */
export function matchGlossary(
	query: string,
	glossary: SearchGlossaryEntry[]
): SearchGlossaryEntry[] {
	const q = normalize(query);
	if (!q) return [];
	const found: { entry: SearchGlossaryEntry; exact: boolean; spelling: string }[] = [];
	for (const entry of glossary) {
		let best: { exact: boolean; spelling: string } | undefined;
		for (const spelling of Object.values(entry.terms).flat()) {
			const s = normalize(spelling);
			if (s.length < 2) continue;
			const exact = q === s || singular(q) === singular(s);
			if (!exact && !(s.length >= 3 && mentions(q, s))) continue;
			if (
				!best ||
				(exact && !best.exact) ||
				(exact === best.exact && s.length > best.spelling.length)
			)
				best = { exact, spelling: s };
		}
		if (best) found.push({ entry, ...best });
	}
	return (
		found
			// "裸机型 Hypervisor" names the type-1 entry, not also the entry "Hypervisor".
			.filter(
				(f) =>
					!found.some(
						(o) =>
							o !== f && o.spelling.length > f.spelling.length && mentions(o.spelling, f.spelling)
					)
			)
			.sort((a, b) => Number(b.exact) - Number(a.exact) || b.spelling.length - a.spelling.length)
			.slice(0, 3)
			.map((f) => f.entry)
	);
}

/**
 * Other spellings to search on a page of `target`: the target-language term of each entry the
 * query names, when the reader typed another language's spelling ("paravirtualization" on a
 * Chinese page also searches 半虚拟化; 授权表 on an English page also searches "grant table"), or
 * the term alone when the query wraps it in other words (授权表的作用 also searches 授权表).
 */
export function expansions(
	query: string,
	matched: SearchGlossaryEntry[],
	target: string
): string[] {
	const q = normalize(query);
	const out = new Set<string>();
	for (const entry of matched) {
		const own = entry.terms[target] ?? [];
		const inQuery = own.find((s) => mentions(q, s));
		// The term itself, unless the reader typed it; and the spelling the query wraps in other words.
		for (const term of [own[0], inQuery]) if (term && normalize(term) !== q) out.add(term);
	}
	return [...out];
}

/** Words that say nothing about the subject of a heading ("What a hypervisor is"). */
const filler =
	/\b(a|an|the|what|is|are|was|of|and|or|in|on|to|for|with|how|why|its|it|as|by|from|into|not|does|do|which|who|one|i|am|should|use)\b|什么是|什么|如何|怎么|为何|的|与|和|是|[^\p{L}\p{N}_]/gu;
const core = (text: string) => normalize(text).replace(filler, '');

/** A needle to look for in headings, and how much finding it counts. */
interface Needle {
	text: string;
	weight: number;
}

/**
 * How strongly a heading or title names one of the needles: 0 (not at all) to 1 (it is the name).
 * A heading that mentions a needle scores by how much of the heading's substance the needle is:
 * "virsh" names "virsh" fully and "virt-install and virsh" partly; "What a hypervisor is" is all
 * about "hypervisor", "A type-1 hypervisor" less so. A heading in the reader's own words ("What
 * is a hypervisor" for "What a hypervisor is") gets a little more.
 */
function naming(title: string, needles: Needle[]): number {
	let best = 0;
	const substance = core(title).length;
	for (const { text, weight } of needles) {
		if (!mentions(title, text)) continue;
		const share = Math.min(1, core(text).length / Math.max(1, substance));
		best = Math.max(best, weight * (0.6 + 0.4 * share));
	}
	const mine = new Set(normalize(needles[0]?.text ?? '').split(' '));
	const theirs = new Set(
		normalize(title)
			.replace(/[^\p{L}\p{N}_ ]/gu, '')
			.split(' ')
	);
	const shared = [...mine].filter((w) => theirs.has(w)).length;
	return best && best + (0.3 * shared) / new Set([...mine, ...theirs]).size;
}

/** Latin words of a query that carry meaning (fillers dropped), for section coverage. */
const queryWords = (query: string) =>
	isCjk(query)
		? []
		: normalize(query)
				.split(' ')
				.filter((word) => core(word) === word && word.length >= 2);

const pathAndHash = (url: string) => url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?[^#]*/, '');

/**
 * The sections of one page result, merged over the searches that found it (the reader's words and
 * the glossary's spellings each match different sections of the same page).
 */
export function mergeSections(fragments: SearchFragment[]): SearchFragment {
	const first = fragments[0];
	if (!first || fragments.length === 1) return first as SearchFragment;
	const byUrl = new Map<string, SearchFragment['sub_results'][number]>();
	for (const fragment of fragments)
		for (const sub of fragment.sub_results) {
			const known = byUrl.get(sub.url);
			if (!known) byUrl.set(sub.url, { ...sub });
			else {
				known.locations = [...(known.locations ?? []), ...(sub.locations ?? [])];
				known.weighted_locations = [
					...(known.weighted_locations ?? []),
					...(sub.weighted_locations ?? []),
				];
			}
		}
	return {
		...first,
		sub_results: [...byUrl.values()],
		locations: fragments.flatMap((f) => f.locations ?? []),
	};
}

/**
 * Orders Pagefind's page results the way a reader expects and picks the section each links to.
 * Pagefind ranks pages by word weights; on top of that a page earns:
 * - a heading (or its title) that names the query or one of its glossary spellings, more the
 *   closer the heading is to being just that name;
 * - being the section the glossary entry for the query points to (`see`), fully when the query
 *   is the term itself;
 * - containing the query as an exact phrase (a Chinese phrase or several words), so 嵌套虚拟化
 *   outranks pages that only say 虚拟化.
 * Within a page, a section that holds every word of the query beats one that repeats one word.
 * The glossary page itself drops down: the dialog shows the matching entry in its own row.
 */
export function rankResults<F extends SearchFragment>(
	query: string,
	candidates: Candidate<F>[],
	matched: SearchGlossaryEntry[],
	locale: string
): Ranked<F>[] {
	const q = normalize(query);
	const needles: Needle[] = [
		{ text: query, weight: 1 },
		...matched.flatMap((entry) =>
			[...(entry.terms[locale] ?? []), ...(entry.terms['en'] ?? [])].map((text) => ({
				text,
				weight: 0.6,
			}))
		),
	].filter((n) => normalize(n.text).length >= 2);
	const top = Math.max(...candidates.map((c) => c.score), 1e-9);
	// The glossary's own section for a term counts fully when the query is the term, less when
	// it is an alias ("virsh" is an alias of libvirt) or only part of the query.
	const isTerm = (entry: SearchGlossaryEntry) =>
		Object.values(entry.terms).some((spellings) => {
			const term = normalize(spellings[0] ?? '');
			return term === q || singular(term) === singular(q);
		});
	const targets = new Map(
		matched.map((entry) => [`/${locale}/${entry.see}`, isTerm(entry) ? 1.5 : 0.5])
	);
	const wantsPhrase = isCjk(q) ? q.length >= 3 : q.includes(' ');
	const words = queryWords(query);
	const ranked = candidates.map(({ score, fragment }) => {
		const page = pathAndHash(fragment.url);
		const text = fragment.content.split(/[\r\n\s]+/);
		const sections = fragment.sub_results
			.filter((sub) => sub.url.includes('#'))
			.map((sub) => {
				const url = pathAndHash(sub.url);
				const names = naming(sub.title, needles);
				const target = targets.get(url) ?? 0;
				const weight = sub.weighted_locations?.length
					? sub.weighted_locations.reduce((sum, l) => sum + Math.min(l.weight, 2), 0)
					: (sub.locations?.length ?? 0);
				const found = [...new Set((sub.locations ?? []).map((l) => core(text[l] ?? '')))];
				const hits = words.filter((w) => found.some((f) => f.startsWith(w.slice(0, 4)))).length;
				// A section found only through another spelling holds none of the query's words.
				const covered = words.length && hits ? hits / words.length : 1;
				const key = 4 * covered + 3 * names + target + Math.min(weight, 8) / 8;
				return { sub, url, names, target, key };
			})
			.sort((a, b) => b.key - a.key);
		const best = sections[0];
		const titleNames = naming(fragment.meta['title'] ?? '', needles);
		let total = score / top;
		total += 3 * Math.max(best?.names ?? 0, titleNames * 0.9);
		total += best?.target ?? 0;
		if (wantsPhrase && normalize(fragment.content).includes(q)) total += 0.75;
		let url = best?.url ?? page;
		let section = best?.sub.title;
		if (/\/glossary\/$/.test(page)) {
			total *= 0.25;
			const entry = glossaryAnchor(fragment);
			if (entry) [url, section] = [`${page}#${entry}`, undefined];
		}
		return { fragment, url, section, score: total };
	});
	return ranked.sort((a, b) => b.score - a.score);
}

/** On the glossary page: the `term-…` entry that holds the first match. */
function glossaryAnchor(fragment: SearchFragment): string | undefined {
	const first = Math.min(...(fragment.locations ?? []));
	let id: string | undefined;
	for (const anchor of fragment.anchors ?? []) {
		if (!anchor.id.startsWith('term-')) continue;
		if (anchor.location > first) break;
		id = anchor.id;
	}
	return id;
}

/** Whether the best result answers the query: a glossary term, or a heading or title naming it. */
export function answered(query: string, ranked: Ranked[], matched: SearchGlossaryEntry[]): boolean {
	if (matched.length) return true;
	const best = ranked[0];
	if (!best) return false;
	return (
		naming(best.section ?? '', [{ text: query, weight: 1 }]) > 0 ||
		naming(best.fragment.meta['title'] ?? '', [{ text: query, weight: 1 }]) > 0
	);
}

/** Latin words of the vocabulary, lower-cased, three letters or more, plurals also singular. */
export function vocabulary(terms: SearchTerms, locale: string): string[] {
	const words = new Set<string>();
	const texts = [
		...terms.glossary.flatMap((entry) => Object.values(entry.terms).flat()),
		...(terms.headings[locale] ?? []),
	];
	for (const text of texts)
		for (const word of normalize(text).split(/[^a-z0-9_./]+/))
			if (word.length >= 3 && isLatin(word)) words.add(word).add(singular(word));
	return [...words];
}

/**
 * A spelling correction for a Latin-script query, word by word, from the vocabulary: each word not
 * in it is replaced by the closest word at most two edits away (one for four-letter words, which
 * are too short to guess from). Undefined when nothing changes.
 */
export function didYouMean(query: string, words: string[]): string | undefined {
	const q = normalize(query);
	if (!q || !isLatin(q)) return undefined;
	const known = new Set(words);
	let changed = false;
	const corrected = q.split(' ').map((word) => {
		if (word.length < 4 || known.has(word) || known.has(singular(word))) return word;
		const limit = word.length <= 4 ? 1 : 2;
		let best: { word: string; d: number } | undefined;
		for (const candidate of words) {
			if (Math.abs(candidate.length - word.length) > limit) continue;
			const d = distance(word, candidate);
			if (d <= limit && (!best || d < best.d)) best = { word: candidate, d };
		}
		if (!best) return word;
		changed = true;
		return best.word;
	});
	return changed ? corrected.join(' ') : undefined;
}

/** The words to highlight on the page a result opens: the query, its words and its expansions. */
export function highlightTerms(query: string, extra: string[]): string[] {
	const words = isCjk(query)
		? []
		: normalize(query)
				.split(' ')
				.filter((w) => w.length >= 3);
	return [...new Set([query.trim(), ...extra, ...words])].filter(Boolean);
}
