import { getCollection } from 'astro:content';
import { dataFiles } from '../loaders/data-files';
import { dataComponentNamed, getGlossaryIds, type SourceEntry } from './data';
import type { DocPage } from './docs';
import type { PageReferences } from './references';
import { findXenSupport, unknownStatusMessage } from './xen-support';

/** The numbered sources of one page: `[n]` is the n-th distinct source the reader meets. */
export interface PageCitations {
	/** Sources in citation order; the number of a source is its index + 1. */
	sources: SourceEntry[];
	numbers: Map<string, number>;
	/**
	 * The places that cite each source, in reading order: `<Cite place>` finds its own to name its
	 * anchor (`#cite-<id>-<n>`), and the source list links back to each. A place is the index of a
	 * prose citation in the page's references (`"4"`), or a data component's name and the place
	 * it gives the row's citation (`"ModeMatrix:pv"`, `"ComparisonTable:live-migration/xl-migrate"`).
	 * Rendering is concurrent, so the order cannot be counted as `<Cite>`s render.
	 */
	places: Map<string, string[]>;
}

/** The number (from 1) of a place among those citing a source; 0 when it was not collected. */
export const placeNumber = (citations: PageCitations, id: string, place: string) =>
	(citations.places.get(id) ?? []).indexOf(place) + 1;

/** The id of the n-th place (from 1) a page cites a source, the target of the source's backlink. */
export const citeAnchor = (id: string, n: number) => `cite-${id}-${n}`;

/** Backlink labels, as in encyclopedias: a, b, … z, aa, ab, … */
export function backlinkLabel(n: number): string {
	let label = '';
	for (let i = n; i > 0; i = Math.floor((i - 1) / 26))
		label = String.fromCharCode(97 + ((i - 1) % 26)) + label;
	return label;
}

let sourceIndex: Promise<Map<string, SourceEntry>> | undefined;
async function getSourceIndex() {
	sourceIndex ??= getCollection('sources').then(
		(entries) => new Map(entries.map((e) => [e.id, e.data]))
	);
	return sourceIndex;
}

/**
 * Numbers every source a page cites, through `<Cite>` in the prose and through the data components
 * it embeds. An id with no entry in `content/data/sources/` stops the build with the file and line.
 */
export async function getPageCitations(
	page: DocPage,
	references: PageReferences | undefined
): Promise<PageCitations> {
	const index = await getSourceIndex();
	const numbers = new Map<string, number>();
	const places = new Map<string, string[]>();
	const sources: SourceEntry[] = [];
	const add = (id: string, place: string, unknown: () => string) => {
		places.set(id, [...(places.get(id) ?? []), place]);
		if (numbers.has(id)) return;
		const source = index.get(id);
		if (!source) throw new Error(unknown());
		sources.push(source);
		numbers.set(id, sources.length);
	};
	for (const [index, item] of (references?.items ?? []).entries()) {
		if (item.kind === 'cite') {
			add(
				item.id,
				String(index),
				() =>
					`${page.sourceFile}:${item.line ?? '?'}: <Cite id="${item.id}"> names no source. Add "${item.id}" to ${dataFiles.sources} or fix the id.`
			);
			continue;
		}
		if (item.kind === 'status') {
			const status = await findXenSupport(item.id);
			if (!status)
				throw new Error(unknownStatusMessage(`${page.sourceFile}:${item.line ?? '?'}`, item.id));
			add(
				status.source.id,
				String(index),
				() =>
					`${dataFiles.xenSupport} (entry "${item.id}"): source: "${status.source.id}" names no source. Add it to ${dataFiles.sources} or fix the id.`
			);
			continue;
		}
		const component = dataComponentNamed(item.name);
		if (!component?.citations) continue;
		for (const { id, entry, place } of await component.citations(await component.load(page.locale)))
			add(
				id,
				`${item.name}:${place}`,
				() =>
					`${component.file} (entry "${entry}"): sources: "${id}" names no source. Add it to ${dataFiles.sources} or fix the id (shown by <${item.name} /> in ${page.sourceFile}).`
			);
	}
	return { sources, numbers, places };
}

/** Fails the build for a `<Term id>` that is not in the glossary. */
export async function assertGlossaryTerms(
	page: DocPage,
	references: PageReferences | undefined
): Promise<void> {
	const ids = await getGlossaryIds();
	for (const term of references?.terms ?? []) {
		if (!ids.has(term.id)) {
			throw new Error(
				`${page.sourceFile}:${term.line ?? '?'}: <Term id="${term.id}"> is not in ${dataFiles.glossary}. Add the term or fix the id.`
			);
		}
	}
}
