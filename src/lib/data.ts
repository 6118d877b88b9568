import { getCollection, type CollectionEntry } from 'astro:content';
import { historyTracks, modeAttributes, type Localized, type PartialDate } from '../content.config';
import type { Locale } from '../i18n/locales';
import { dataFiles } from '../loaders/data-files';
import { spellings } from './glossary';
import { findXenSupport, rowSupportSources } from './xen-support';

export { historyTracks, modeAttributes };
export type { ModeAttribute } from '../content.config';
import type { SearchGlossaryEntry } from './search';

export type SourceEntry = CollectionEntry<'sources'>['data'];
export type HistoryEvent = CollectionEntry<'history'>['data'];
export type GuestMode = CollectionEntry<'modes'>['data'];
export type KvmModule = CollectionEntry<'kvmModules'>['data'];
export type KvmIoctl = CollectionEntry<'ioctls'>['data'];
export type ComparisonRow = CollectionEntry<'comparison'>['data'];
export type GlossaryTerm = CollectionEntry<'glossary'>['data'];

/** The text of an inline-translated field in one locale. */
export function pick(field: Localized, locale: Locale): string {
	return field[locale];
}

const sortKey = (date: PartialDate) => date.iso.padEnd(10, '-');
const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** Entries of a data collection in the order their file lists them. */
async function inFileOrder<C extends 'modes' | 'kvmModules' | 'ioctls' | 'comparison' | 'history'>(
	collection: C
): Promise<CollectionEntry<C>['data'][]> {
	return (await getCollection(collection)).map((e) => e.data).sort(byPosition);
}

/** Timeline events, oldest first; events on the same date keep their file order. */
async function getHistory(): Promise<HistoryEvent[]> {
	return (await inFileOrder('history')).sort(
		(a, b) => sortKey(a.date).localeCompare(sortKey(b.date)) || a.position - b.position
	);
}

/** Glossary terms sorted for a locale: by English term, or by the pinyin-aware collation for zh. */
async function getGlossary(locale: Locale): Promise<GlossaryTerm[]> {
	const collator = new Intl.Collator(locale === 'zh-cn' ? 'zh-CN-u-co-pinyin' : 'en', {
		sensitivity: 'base',
	});
	return (await getCollection('glossary'))
		.map((e) => e.data)
		.sort((a, b) => collator.compare(a.term[locale], b.term[locale]));
}

/** Sources in bibliography order (by author, then title). */
async function getSources(): Promise<SourceEntry[]> {
	const collator = new Intl.Collator('en', { sensitivity: 'base' });
	return (await getCollection('sources'))
		.map((e) => e.data)
		.sort((a, b) => collator.compare(a.author, b.author) || collator.compare(a.title, b.title));
}

/** A source id cited by a row of a data file, and the row's id (for error messages). */
export interface RowCitation {
	id: string;
	entry: string;
	/**
	 * Where in the component the citation stands, as the component names it to its `<Cite>`
	 * (`place` prop): the row id for a row's sources, `row/ref` or `row/attribute/ref` for a badge.
	 */
	place: string;
}

interface DataComponent<Row> {
	/** The data file behind it: "Edit the data" links, last-updated dates, error messages. */
	file: string;
	/** Its rows, in display order. */
	load(locale: Locale): Promise<Row[]>;
	/** The sources its rows cite, in display order; absent when it cites nothing. */
	citations?(rows: NoInfer<Row>[]): RowCitation[] | Promise<RowCitation[]>;
}

const rowSources = (rows: { id: string; sources: { id: string }[] }[]): RowCitation[] =>
	rows.flatMap((row) =>
		row.sources.map((source) => ({ id: source.id, entry: row.id, place: row.id }))
	);

/** The SUPPORT.md revisions behind a row's status badges (its Xen cell), then its own sources. */
const rowAndSupportSources = async (
	rows: (Parameters<typeof rowSupportSources>[0] & { sources: { id: string }[] })[]
): Promise<RowCitation[]> => {
	const out: RowCitation[] = [];
	for (const row of rows) out.push(...(await rowSupportSources(row)), ...rowSources([row]));
	return out;
};

/**
 * The mode matrix in the order it reads: the status badges row by row (one row per attribute,
 * one cell per mode), then each mode's own sources, which cite once in the table's last row.
 */
const modeMatrixSources = async (modes: GuestMode[]): Promise<RowCitation[]> => {
	const out: RowCitation[] = [];
	for (const attribute of modeAttributes)
		for (const mode of modes)
			for (const ref of mode.support?.[attribute] ?? []) {
				const entry = await findXenSupport(ref.id);
				if (entry)
					out.push({
						id: entry.source.id,
						entry: mode.id,
						place: `${mode.id}/${attribute}/${ref.id}`,
					});
			}
	return [...out, ...rowSources(modes)];
};

/** Declares a registry entry with its row type inferred from `load`. */
const dataComponent = <Row>(component: DataComponent<Row>) => component;

/**
 * Every MDX component that renders a data collection, by the name pages use (`<Timeline />`):
 * its data file, how it loads its rows, and which sources those rows cite. The components read
 * their rows from here, page numbering and "Edit the data" links use the same entries, and
 * `src/components/mdx.ts` must provide a component for every name (checked by `astro check`).
 */
export const dataComponents = {
	Timeline: dataComponent({ file: dataFiles.history, load: getHistory, citations: rowSources }),
	ModeMatrix: dataComponent({
		file: dataFiles.modes,
		load: () => inFileOrder('modes'),
		citations: modeMatrixSources,
	}),
	KvmModuleTable: dataComponent({
		file: dataFiles.kvmModules,
		load: () => inFileOrder('kvmModules'),
		citations: rowSources,
	}),
	IoctlTable: dataComponent({
		file: dataFiles.ioctls,
		load: () => inFileOrder('ioctls'),
		citations: rowSources,
	}),
	ComparisonTable: dataComponent({
		file: dataFiles.comparison,
		load: () => inFileOrder('comparison'),
		citations: rowAndSupportSources,
	}),
	GlossaryList: dataComponent({ file: dataFiles.glossary, load: getGlossary }),
	SourceList: dataComponent({ file: dataFiles.sources, load: getSources }),
	// Its citation is numbered where it stands in the prose (a `status` reference), not here.
	XenStatus: dataComponent({
		file: dataFiles.xenSupport,
		load: async () => (await getCollection('xenSupport')).map((e) => e.data),
	}),
};
export type DataComponentName = keyof typeof dataComponents;

/** The registry entry for a component name used on a page, or undefined for other components. */
export function dataComponentNamed(name: string): DataComponent<unknown> | undefined {
	return Object.hasOwn(dataComponents, name)
		? (dataComponents[name as DataComponentName] as DataComponent<unknown>)
		: undefined;
}

/** One glossary entry by id; an unknown id stops the build. */
export async function getGlossaryTerm(id: string): Promise<GlossaryTerm> {
	const entry = (await getCollection('glossary')).find((e) => e.id === id);
	if (!entry) throw new Error(`Glossary term "${id}" is not in ${dataFiles.glossary}`);
	return entry.data;
}

/** Ids of every glossary entry. */
export async function getGlossaryIds(): Promise<Set<string>> {
	return new Set((await getCollection('glossary')).map((entry) => entry.id));
}

/**
 * Every glossary term for the search dialog: its spellings per locale for cross-language expansion
 * (`Paravirtualization (PV)` yields `Paravirtualization` and `PV`; the first spelling of each
 * locale is the plain term, aliases follow), the first sentence of its definition for the
 * "Definition" row, and the section it points to, which ranks first for the term.
 */
export async function getSearchTerms(): Promise<SearchGlossaryEntry[]> {
	// Up to the first full stop or semicolon that ends a clause ("e.g." and "0.9" do not).
	const firstSentence = (text: string) =>
		(/^.+?(?=[；;]|[。！？]|\.\s+[A-Z]|\.?$)/su.exec(text)?.[0] ?? text).replace(/[。.]?$/, '') +
		(/[\u3400-\u9fff]/.test(text) ? '。' : '.');
	return (await getCollection('glossary')).map(({ data }) => ({
		id: data.id,
		see: data.see,
		terms: {
			en: spellings(data.term.en, data.aliases?.en),
			'zh-cn': spellings(data.term['zh-cn'], data.aliases?.['zh-cn']),
		},
		definition: {
			en: firstSentence(data.definition.en),
			'zh-cn': firstSentence(data.definition['zh-cn']),
		},
	}));
}
