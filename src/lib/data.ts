import { getCollection, type CollectionEntry } from 'astro:content';
import { dataFiles, type Localized, type PartialDate } from '../content.config';
import type { Locale } from '../i18n/locales';

export type SourceEntry = CollectionEntry<'sources'>['data'];
export type HistoryEvent = CollectionEntry<'history'>['data'];
export type GuestMode = CollectionEntry<'modes'>['data'];
export type KvmModule = CollectionEntry<'kvmModules'>['data'];
export type KvmIoctl = CollectionEntry<'ioctls'>['data'];
export type ComparisonRow = CollectionEntry<'comparison'>['data'];
export type GlossaryTerm = CollectionEntry<'glossary'>['data'];

/** The data file behind each MDX component that renders a collection (edit links, error messages). */
export const componentDataFiles = {
	Timeline: dataFiles.history,
	ModeMatrix: dataFiles.modes,
	KvmModuleTable: dataFiles.kvmModules,
	IoctlTable: dataFiles.ioctls,
	ComparisonTable: dataFiles.comparison,
	GlossaryList: dataFiles.glossary,
	SourceList: dataFiles.sources,
	XenStatus: dataFiles.xenSupport,
} as const;

/** The text of an inline-translated field in one locale. */
export function pick(field: Localized, locale: Locale): string {
	return field[locale];
}

const sortKey = (date: PartialDate) => date.iso.padEnd(10, '-');
const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** Entries of a data collection in the order their file lists them. */
async function inFileOrder<C extends 'modes' | 'kvmModules' | 'ioctls' | 'comparison' | 'history'>(
	collection: C
) {
	return (await getCollection(collection)).map((e) => e.data).sort(byPosition);
}

/** Timeline events, oldest first; events on the same date keep their file order. */
export async function getHistory(): Promise<HistoryEvent[]> {
	const events = (await inFileOrder('history')) as HistoryEvent[];
	return events.sort(
		(a, b) => sortKey(a.date).localeCompare(sortKey(b.date)) || a.position - b.position
	);
}

export const historyTracks = [
	'xen',
	'kvm',
	'hardware',
	'linux',
	'cloud',
] as const satisfies readonly HistoryEvent['track'][];

export async function getModes(): Promise<GuestMode[]> {
	return (await inFileOrder('modes')) as GuestMode[];
}

export async function getKvmModules(): Promise<KvmModule[]> {
	return (await inFileOrder('kvmModules')) as KvmModule[];
}

export async function getIoctls(): Promise<KvmIoctl[]> {
	return (await inFileOrder('ioctls')) as KvmIoctl[];
}

export async function getComparison(): Promise<ComparisonRow[]> {
	return (await inFileOrder('comparison')) as ComparisonRow[];
}

/** Glossary terms sorted for a locale: by English term, or by the pinyin-aware collation for zh. */
export async function getGlossary(locale: Locale): Promise<GlossaryTerm[]> {
	const collator = new Intl.Collator(locale === 'zh-cn' ? 'zh-CN-u-co-pinyin' : 'en', {
		sensitivity: 'base',
	});
	return (await getCollection('glossary'))
		.map((e) => e.data)
		.sort((a, b) => collator.compare(a.term[locale], b.term[locale]));
}

/** Sources in bibliography order (by author, then title). */
export async function getSources(): Promise<SourceEntry[]> {
	const collator = new Intl.Collator('en', { sensitivity: 'base' });
	return (await getCollection('sources'))
		.map((e) => e.data)
		.sort((a, b) => collator.compare(a.author, b.author) || collator.compare(a.title, b.title));
}

/** One glossary entry by id; an unknown id stops the build. */
export async function getGlossaryTerm(id: string): Promise<GlossaryTerm> {
	const entry = (await getCollection('glossary')).find((e) => e.id === id);
	if (!entry) throw new Error(`Glossary term "${id}" is not in content/data/glossary.yaml`);
	return entry.data;
}

/**
 * Spellings of every glossary term per locale, for the search dialog's cross-language expansion:
 * `Paravirtualization (PV)` yields `Paravirtualization` and `PV`; the first spelling of each
 * locale is the plain term. Aliases follow.
 */
export async function getSearchTerms(): Promise<Record<Locale, string[]>[]> {
	const spellings = (term: string, aliases: string[] = []) => {
		const plain = term.replace(/\s*[（(][^）)]*[）)]\s*/g, ' ').trim();
		const inParentheses = [...term.matchAll(/[（(]([^）)]+)[）)]/g)].map((m) =>
			(m[1] ?? '').trim()
		);
		return [...new Set([plain, ...inParentheses, ...aliases].filter((s) => s.length > 1))];
	};
	return (await getCollection('glossary')).map(({ data }) => ({
		en: spellings(data.term.en, data.aliases?.en),
		'zh-cn': spellings(data.term['zh-cn'], data.aliases?.['zh-cn']),
	}));
}
