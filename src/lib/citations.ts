import { getCollection } from 'astro:content';
import type { DataBlock, PageReferences } from '../plugins/remark-citations';
import {
	componentDataFiles,
	getComparison,
	getHistory,
	getIoctls,
	getKvmModules,
	getModes,
	type SourceEntry,
} from './data';
import type { DocPage } from './docs';
import { findXenSupport, rowSupportSources, unknownStatusMessage } from './xen-support';

/** The numbered sources of one page: `[n]` is the n-th distinct source the reader meets. */
export interface PageCitations {
	/** Sources in citation order; the number of a source is its index + 1. */
	sources: SourceEntry[];
	numbers: Map<string, number>;
}

/** Source ids cited by a data component, in the order it displays its rows, with their entry. */
async function blockSourceIds(block: DataBlock): Promise<{ id: string; entry: string }[]> {
	const rows: { id: string; sources: { id: string }[] }[] =
		block === 'Timeline'
			? await getHistory()
			: block === 'ModeMatrix'
				? await getModes()
				: block === 'KvmModuleTable'
					? await getKvmModules()
					: block === 'IoctlTable'
						? await getIoctls()
						: await getComparison();
	const out: { id: string; entry: string }[] = [];
	for (const row of rows) {
		out.push(...row.sources.map((source) => ({ id: source.id, entry: row.id })));
		// The status badges of mode and comparison rows cite the SUPPORT.md revision they come from.
		if ('support' in row) out.push(...(await rowSupportSources(row as { id: string })));
	}
	return out;
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
		if (item.kind === 'cite')
			add(
				item.id,
				() =>
					`${page.sourceFile}:${item.line ?? '?'}: <Cite id="${item.id}"> names no source. Add "${item.id}" to content/data/sources/ or fix the id.`
			);
		else if (item.kind === 'status') {
			const status = await findXenSupport(item.id);
			if (!status)
				throw new Error(unknownStatusMessage(`${page.sourceFile}:${item.line ?? '?'}`, item.id));
			add(
				status.source.id,
				() =>
					`${componentDataFiles.XenStatus} (entry "${item.id}"): source: "${status.source.id}" names no source. Add it to content/data/sources/ or fix the id.`
			);
		} else
			for (const { id, entry } of await blockSourceIds(item.block))
				add(
					id,
					() =>
						`${componentDataFiles[item.block]} (entry "${entry}"): sources: "${id}" names no source. Add it to content/data/sources/ or fix the id (shown by <${item.block} /> in ${page.sourceFile}).`
				);
	}
	return { sources, numbers };
}

/** Fails the build for a `<Term id>` that is not in the glossary. */
export async function assertGlossaryTerms(
	page: DocPage,
	references: PageReferences | undefined
): Promise<void> {
	const ids = new Set((await getCollection('glossary')).map((entry) => entry.id));
	for (const term of references?.terms ?? []) {
		if (!ids.has(term.id)) {
			throw new Error(
				`${page.sourceFile}:${term.line ?? '?'}: <Term id="${term.id}"> is not in content/data/glossary.yaml. Add the term or fix the id.`
			);
		}
	}
}
