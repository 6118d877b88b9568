/**
 * The glossary outside the content layer. Pages read `content/data/glossary.yaml` through the
 * `glossary` collection (validated by its schema in `src/content.config.ts`); the rehype plugin
 * that links terms in the prose and the typography check run where `astro:content` is not
 * available, so they read it here, through the same parser as the collection's loader. Anything
 * that splits a term into its spellings uses `spellings()` below, so the linker, the search
 * expansion and the checks agree on what a term is called.
 *
 * Node-only and free of `astro:*` imports, so `node tools/…` can import it.
 */
import { DataFileError, readYamlList } from '../loaders/yaml-list.ts';
import { dataFiles } from '../loaders/data-files.ts';

/** A glossary entry as the linker and the checks need it (the collection holds the full entry). */
export interface GlossaryEntry {
	id: string;
	/** The term per locale code, e.g. `{ en: 'Event channel (evtchn)', 'zh-cn': '事件通道' }`. */
	term: Record<string, string>;
	/** Other names per locale code. */
	aliases: Record<string, string[]>;
	/** Chinese variants the typography check rejects in favour of the zh-cn term. */
	avoid: string[];
	/** The definition per locale code. */
	definition: Record<string, string>;
}

/**
 * Every spelling of a term, the plain term first: `Event channel (evtchn)` yields `Event channel`
 * and `evtchn` (full-width parentheses too), then the aliases; one-character spellings are dropped.
 */
export function spellings(term: string, aliases: readonly string[] = []): string[] {
	const plain = term.replace(/\s*[（(][^）)]*[）)]\s*/g, ' ').trim();
	const inParentheses = [...term.matchAll(/[（(]([^）)]+)[）)]/g)].map((m) => (m[1] ?? '').trim());
	return [...new Set([plain, ...inParentheses, ...aliases].filter((s) => s.length > 1))];
}

/** The term without its parenthesised gloss: `虚拟机监控器（VMM）` → `虚拟机监控器`. */
export function plainTerm(term: string): string {
	return spellings(term)[0] ?? term;
}

/**
 * The first sentence of a definition, for the glossary card beside a linked term: up to the first
 * full stop that ends a sentence (`. ` before a capital or the end, or `。`), so "e.g. QEMU" and
 * "/dev/kvm." inside a sentence do not cut it short.
 */
export function firstSentence(text: string): string {
	const end = /[。！？]|[.!?](?=\s+[A-Z(]|\s*$)/u.exec(text);
	return (end ? text.slice(0, end.index + 1) : text).trim();
}

/**
 * What the glossary card beside a linked term shows, as the link's data attributes (read by
 * `src/client/site.ts`): the full term in the page's language (the link may say just "QEMU"), the
 * term in the other language with its BCP 47 tag, and the definition's first sentence.
 */
export function termCard(
	entry: Pick<GlossaryEntry, 'term' | 'definition'>,
	locale: string,
	other: string,
	otherTag: string
): { dataTerm: string; dataOther: string; dataLang: string; dataDef: string } {
	return {
		dataTerm: entry.term[locale] ?? '',
		dataOther: entry.term[other] ?? '',
		dataLang: otherTag,
		dataDef: firstSentence(entry.definition[locale] ?? ''),
	};
}

const strings = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Reads `content/data/glossary.yaml` under `root`. Throws a `DataFileError` naming the file (and
 * the line, for a bad entry) when the file is missing, is not valid YAML or an entry has no term:
 * a caller that cannot read the glossary must stop the build, never carry on without it.
 */
export async function readGlossary(root: URL): Promise<GlossaryEntry[]> {
	return (await readYamlList(dataFiles.glossary, root)).map(({ id, data, file, line }) => {
		const where = `${file}:${line} (entry "${id}")`;
		const term = data['term'];
		if (
			typeof term !== 'object' ||
			term === null ||
			!Object.values(term).every((value) => typeof value === 'string')
		)
			throw new DataFileError(`${where}: term: expected a map of texts, one per language`);
		const aliases = (data['aliases'] ?? {}) as Record<string, unknown>;
		const definition = data['definition'] ?? {};
		if (
			typeof definition !== 'object' ||
			definition === null ||
			!Object.values(definition).every((value) => typeof value === 'string')
		)
			throw new DataFileError(`${where}: definition: expected a map of texts, one per language`);
		const avoid = data['avoid'] ?? [];
		if (!strings(avoid)) throw new DataFileError(`${where}: avoid: expected a list of texts`);
		return {
			id,
			term: term as Record<string, string>,
			aliases: Object.fromEntries(
				Object.entries(aliases).map(([locale, list]) => [locale, strings(list) ? list : []])
			),
			avoid,
			definition: definition as Record<string, string>,
		};
	});
}
