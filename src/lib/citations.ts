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
	const sources: SourceEntry[] = [];
	const add = (id: string, unknown: () => string) => {
		if (numbers.has(id)) return;
		const source = index.get(id);
		if (!source) throw new Error(unknown());
		sources.push(source);
		numbers.set(id, sources.length);
	};
	for (const item of references?.items ?? []) {
		if (item.kind === 'cite') {
			add(
				item.id,
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
				() =>
					`${dataFiles.xenSupport} (entry "${item.id}"): source: "${status.source.id}" names no source. Add it to ${dataFiles.sources} or fix the id.`
			);
			continue;
		}
		const component = dataComponentNamed(item.name);
		if (!component?.citations) continue;
		for (const { id, entry } of await component.citations(await component.load(page.locale)))
			add(
				id,
				() =>
					`${component.file} (entry "${entry}"): sources: "${id}" names no source. Add it to ${dataFiles.sources} or fix the id (shown by <${item.name} /> in ${page.sourceFile}).`
			);
	}
	return { sources, numbers };
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
