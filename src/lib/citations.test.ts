import { beforeEach, expect, test, vi } from 'vitest';
import type { PageReferences } from './references';
import type { DocPage } from './docs';

// Collections are small in-memory stand-ins; numbering and the errors are the real code.
const content = vi.hoisted(() => ({
	collections: {} as Record<string, { id: string; data: object }[]>,
}));
vi.mock('astro:content', async (importOriginal) => ({
	...(await importOriginal<object>()),
	getCollection: async (name: string) => content.collections[name] ?? [],
}));

const source = (id: string) => ({
	id,
	data: { id, title: id, author: 'A', url: 'https://example.org/' },
});
const event = (id: string, iso: string, position: number, sources: string[]) => ({
	id,
	data: {
		id,
		position,
		date: { iso },
		sources: sources.map((s) => ({ id: s, collection: 'sources' })),
	},
});

const page = { sourceFile: 'content/docs/en/about.mdx' } as DocPage;
const refs = (
	items: PageReferences['items'],
	terms: PageReferences['terms'] = []
): PageReferences => ({
	items,
	terms,
	components: [],
});

async function citations() {
	vi.resetModules();
	return import('./citations');
}

beforeEach(() => {
	content.collections = {
		sources: ['xen-paper', 'kvm-lwn', 'xensource-news'].map(source),
		history: [
			event('kvm-merged', '2007-02', 1, ['kvm-lwn']),
			event('xen-1-0', '2003-10', 0, ['xen-paper', 'xensource-news']),
		],
		glossary: [{ id: 'hypervisor', data: {} }],
	};
});

test('sources are numbered in the order the reader meets them, through <Cite> and data components', async () => {
	const { getPageCitations } = await citations();
	const { sources, numbers, places } = await getPageCitations(
		page,
		refs([
			{ kind: 'cite', id: 'kvm-lwn', line: 3 },
			{ kind: 'component', name: 'Timeline' },
			{ kind: 'component', name: 'Callout' },
			{ kind: 'cite', id: 'xen-paper', line: 9 },
		])
	);
	// Every place is counted, so the source list links back to each: kvm-lwn in the prose and a row.
	expect(Object.fromEntries(places)).toEqual({
		'kvm-lwn': ['0', 'Timeline:kvm-merged'],
		'xen-paper': ['Timeline:xen-1-0', '3'],
		'xensource-news': ['Timeline:xen-1-0'],
	});
	// The timeline shows xen-1-0 (2003) before kvm-merged (2007); kvm-lwn keeps its first number.
	expect(sources.map((s) => s.id)).toEqual(['kvm-lwn', 'xen-paper', 'xensource-news']);
	expect(Object.fromEntries(numbers)).toEqual({
		'kvm-lwn': 1,
		'xen-paper': 2,
		'xensource-news': 3,
	});
});

test('an unknown source id in <Cite> names the file and line', async () => {
	const { getPageCitations } = await citations();
	await expect(
		getPageCitations(page, refs([{ kind: 'cite', id: 'no-such-source', line: 12 }]))
	).rejects.toThrow(
		'content/docs/en/about.mdx:12: <Cite id="no-such-source"> names no source. Add "no-such-source" to content/data/sources/ or fix the id.'
	);
});

test('an unknown source id in a data file names the data file, the entry, the id and the page', async () => {
	content.collections['history']?.push(
		event('xenoservers-project-starts', '1999', 2, ['xenserver-org-storyy'])
	);
	const { getPageCitations } = await citations();
	await expect(
		getPageCitations(page, refs([{ kind: 'component', name: 'Timeline' }]))
	).rejects.toThrow(
		'content/data/history.yaml (entry "xenoservers-project-starts"): sources: "xenserver-org-storyy" names no source. Add it to content/data/sources/ or fix the id (shown by <Timeline /> in content/docs/en/about.mdx).'
	);
});

test('an unknown glossary id in <Term> names the file and line', async () => {
	const { assertGlossaryTerms } = await citations();
	await expect(
		assertGlossaryTerms(page, refs([], [{ id: 'hypervisor', line: 2 }]))
	).resolves.toBeUndefined();
	await expect(
		assertGlossaryTerms(page, refs([], [{ id: 'no-such-term', line: 7 }]))
	).rejects.toThrow(
		'content/docs/en/about.mdx:7: <Term id="no-such-term"> is not in content/data/glossary.yaml. Add the term or fix the id.'
	);
});

test('<XenStatus> cites the SUPPORT.md revision its entry was read from; an unknown id names the file and line', async () => {
	content.collections['xenSupport'] = [
		{
			id: 'nested-hvm',
			data: { id: 'nested-hvm', status: 'Experimental', source: { id: 'xen-paper' } },
		},
	];
	const { getPageCitations } = await citations();
	const { numbers } = await getPageCitations(
		page,
		refs([
			{ kind: 'cite', id: 'kvm-lwn', line: 3 },
			{ kind: 'status', id: 'nested-hvm', line: 5 },
		])
	);
	expect(Object.fromEntries(numbers)).toEqual({ 'kvm-lwn': 1, 'xen-paper': 2 });
	await expect(
		getPageCitations(page, refs([{ kind: 'status', id: 'nested-hvn', line: 14 }]))
	).rejects.toThrow(
		'content/docs/en/about.mdx:14: <XenStatus id="nested-hvn"> names no entry of content/data/xen-support.yaml. Add the feature there (section, status, version, source) or fix the id.'
	);
});

test('backlinks are lettered a … z, then aa, ab …', async () => {
	const { backlinkLabel } = await citations();
	expect([1, 2, 26, 27, 28, 52, 53].map(backlinkLabel)).toEqual([
		'a',
		'b',
		'z',
		'aa',
		'ab',
		'az',
		'ba',
	]);
});
