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

/**
 * Blocks that Pagefind weighs down (`data-pagefind-weight`), by the id each carries: one-line
 * entries should not outrank the prose that explains them. Pagefind hands out its per-word weights
 * only with the excerpts the dialog avoids building, so the id tells the dialog where a block
 * starts; it runs to the end of its section. The components take both id and weight from here.
 */
export const weightedBlocks = {
	timeline: { id: 'timeline-events', weight: 0.3 },
	sources: { id: 'source-list', weight: 0.2 },
	comparison: { id: 'comparison-table', weight: 0.5 },
} as const;

/** What the dialog searches, unseen, while the reader moves to it: a name on every page. */
export const warmUpQuery = 'KVM';

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
	/** The content's words as Pagefind counts them, when known (else split at white space). */
	words?: string[];
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
 * `normalize`, remembered: every keystroke compares the query with the same headings, spellings
 * and page texts, so each is normalized once per visit.
 */
const normalizedTexts = new Map<string, string>();
function normalized(text: string): string {
	let result = normalizedTexts.get(text);
	if (result === undefined) normalizedTexts.set(text, (result = normalize(text)));
	return result;
}

const wholeWords = new Map<string, RegExp>();
/**
 * Whether `needle` occurs in `text` as a whole word (Latin: not inside a longer word, an English
 * plural allowed) or, for Chinese, anywhere. Both normalized first.
 */
export function mentions(text: string, needle: string): boolean {
	const t = normalized(text);
	const n = normalized(needle);
	if (!n) return false;
	if (isCjk(n)) return t.includes(n);
	let pattern = wholeWords.get(n);
	if (!pattern)
		wholeWords.set(n, (pattern = new RegExp(`(^|[^a-z0-9_])${escape(n)}(e?s)?($|[^a-z0-9_])`)));
	return pattern.test(t);
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
const core = (text: string) => normalized(text).replace(filler, '');

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

/** A page as Pagefind stores it in `fragment/<id>.pf_fragment`, after the file's signature. */
export interface StoredPage {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
}

/** One section of a page: a heading (or the page's start) and the words up to the next one. */
interface PageSection {
	title: string;
	url: string;
	start: number;
	end: number;
}

/** What the dialog keeps of a page for the whole visit: computed once, read on every keystroke. */
export interface ReadPage {
	page: StoredPage;
	/** The page's words as Pagefind counts them; a match's location is an index into this. */
	words: string[];
	/** Chinese pages are segmented with U+200B and their words are shown without spaces. */
	joiner: string;
	sections: PageSection[];
	/** Locations of words inside headings, which Pagefind weighs more than body text. */
	headingWords: Set<number>;
	/** Where the weighted-down blocks are, and their weights. */
	blocks: { start: number; end: number; weight: number }[];
}

/** A page result as the dialog builds it: the shape ranking reads, plus where each section is. */
export interface PageFragment extends SearchFragment {
	filters: Record<string, string[]>;
	sub_results: (SearchFragment['sub_results'][number] & { start: number; end: number })[];
	read: ReadPage;
}

const hasText = (text: string | undefined) => Boolean(text && /\S/.test(text));

/**
 * Splits a stored page into Pagefind's words and sections, the way Pagefind's own `data()` does
 * (a section starts at a heading with text or an anchor with a title), so that the dialog can
 * rank and excerpt every page a search finds without asking Pagefind to build an excerpt for
 * every matching section of every page: that was most of a first search's time.
 */
export function readPage(page: StoredPage): ReadPage {
	const segmented = page.content.includes('\u200B');
	const words = segmented ? page.content.split('\u200B') : page.content.split(/[^\S\uFEFF]+/);
	const anchors = page.anchors
		.filter((a) => hasText(a.title) || (/^h\d$/i.test(a.element) && hasText(a.text)))
		.sort((a, b) => a.location - b.location);
	const sections: PageSection[] = [
		{
			title: page.meta['title'] ?? '',
			url: page.url,
			start: 0,
			end: anchors[0]?.location ?? words.length,
		},
		...anchors.map((anchor, i) => ({
			title: (hasText(anchor.title) ? anchor.title : anchor.text) ?? '',
			url: `${page.url}#${anchor.id}`,
			start: anchor.location,
			end: anchors[i + 1]?.location ?? words.length,
		})),
	];
	const headingWords = new Set<number>();
	for (const anchor of anchors) {
		if (!/^h\d$/i.test(anchor.element)) continue;
		let left = (anchor.text ?? '').replace(/\s/g, '').length;
		for (let i = anchor.location; left > 0 && i < words.length; i++) {
			headingWords.add(i);
			left -= (words[i] ?? '').replace(/\s/g, '').length;
		}
	}
	const weights = new Map<string, number>(
		Object.values(weightedBlocks).map((block) => [block.id, block.weight])
	);
	const blocks = page.anchors.flatMap((anchor) => {
		const weight = weights.get(anchor.id);
		if (weight === undefined) return [];
		const end = anchors.find((a) => a.location > anchor.location && /^h\d$/i.test(a.element));
		return [{ start: anchor.location, end: end?.location ?? words.length, weight }];
	});
	return { page, words, joiner: segmented ? '' : ' ', sections, headingWords, blocks };
}

/**
 * The page result for the match locations of every search that found the page (the reader's
 * words and the glossary's other spellings each match different sections): its sections that
 * hold a match, each with its locations, headings weighted as Pagefind weighs them.
 */
export function pageFragment(read: ReadPage, found: number[]): PageFragment {
	const locations = [...new Set(found)].sort((a, b) => a - b);
	const sub_results: PageFragment['sub_results'] = [];
	let next = 0;
	for (const section of read.sections) {
		// Sections are in page order and cover it without gaps, as are the sorted locations.
		const inside: number[] = [];
		while (next < locations.length && locations[next]! < section.end)
			inside.push(locations[next++]!);
		if (!inside.length) continue;
		sub_results.push({
			title: section.title,
			url: section.url,
			start: section.start,
			end: section.end,
			locations: inside,
			weighted_locations: inside.map((location) => ({
				location,
				weight: read.headingWords.has(location)
					? 2
					: (read.blocks.find((b) => location >= b.start && location < b.end)?.weight ?? 1),
			})),
		});
	}
	return {
		url: read.page.url,
		content: read.page.content,
		meta: read.page.meta,
		filters: read.page.filters,
		anchors: read.page.anchors,
		words: read.words,
		locations,
		sub_results,
		read,
	};
}

/**
 * The excerpt shown under a result: `length` words of the section `url` links to (a heading's
 * section, a glossary entry, or the page's start), placed where most matches are, matches marked.
 */
export function excerptWords(
	fragment: PageFragment,
	url: string,
	length: number
): { text: string; mark: boolean }[] {
	const { read } = fragment;
	const hash = url.includes('#') ? url.slice(url.indexOf('#') + 1) : '';
	const section = read.sections.find((s) => hash && s.url.endsWith(`#${hash}`));
	const anchor = hash ? read.page.anchors.find((a) => a.id === hash) : undefined;
	let start = section?.start ?? anchor?.location ?? 0;
	let end =
		section?.end ??
		(anchor
			? Math.min(
					...read.page.anchors.filter((a) => a.location > anchor.location).map((a) => a.location),
					read.words.length
				)
			: (read.sections[1]?.start ?? read.words.length));
	const hits = (fragment.locations ?? []).filter((l) => l >= start && l < end);
	// The window holding the most matches, the earliest of equals.
	if (end - start > length) {
		let best = start;
		let most = -1;
		for (const hit of hits) {
			const from = Math.max(start, Math.min(hit - 2, end - length));
			const count = hits.filter((h) => h >= from && h < from + length).length;
			if (count > most) [best, most] = [from, count];
		}
		start = best;
		end = start + length;
	}
	const marked = new Set(hits);
	const out: { text: string; mark: boolean }[] = [];
	for (let i = start; i < end; i++) {
		// Chinese words keep their own spaces ("Xen " + "与"); English words are joined with one.
		const text = read.joiner ? (read.words[i] ?? '').trim() : (read.words[i] ?? '');
		if (!text.trim()) continue;
		if (out.length && read.joiner) out.push({ text: read.joiner, mark: false });
		const space = /\s*$/.exec(text)?.[0] ?? '';
		// A mark ends with the word, not with the space after it.
		out.push({ text: text.slice(0, text.length - space.length), mark: marked.has(i) });
		if (space) out.push({ text: space, mark: false });
	}
	const [first, last] = [out[0], out.at(-1)];
	if (first) first.text = first.text.trimStart();
	if (last) last.text = last.text.trimEnd();
	return out;
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
		// Pagefind's words, which its match locations index (Chinese pages are split at U+200B).
		const text = words.length ? (fragment.words ?? fragment.content.split(/[\r\n\s]+/)) : [];
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
		if (wantsPhrase && normalized(fragment.content).includes(q)) total += 0.75;
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
