import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { tempTree } from '../tools/lib/temp-tree';
import { collections, modeAttributes } from './content.config';

// The real schemas, on small entries. Issues are printed `path: message`, as Astro prints them
// under the loader's `file:line (entry "id")`.

type Name = keyof typeof collections;
const schemaOf = (name: Name) => collections[name].schema as unknown as z.ZodType;

/** `[]` when the data is valid, else one `path: message` line per problem. */
async function problems(name: Name, data: unknown): Promise<string[]> {
	const result = await schemaOf(name).safeParseAsync(data);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

async function parse(name: Name, data: unknown) {
	return (await schemaOf(name).parseAsync(data)) as Record<string, unknown>;
}

const glossaryEntry = {
	id: 'fixture-term',
	position: 0,
	term: { en: 'Fixture', 'zh-cn': '夹具' },
	definition: { en: 'A term.', 'zh-cn': '一个术语。' },
	see: 'xen/',
};
const page = {
	title: 'About',
	description: 'What this guide is and who writes it.',
	order: 9,
	checked: '2026-12-02',
};

describe('data files, through the loader', () => {
	let tree: Awaited<ReturnType<typeof tempTree>>;
	beforeEach(async () => {
		tree = await tempTree();
	});
	afterEach(() => tree.remove());

	/** Loads a data file with the collection's loader and real schema, as `astro sync` does. */
	async function sync(name: Name, file: string, text: string): Promise<string> {
		await tree.write({ [file]: text });
		const context = {
			config: { root: pathToFileURL(`${tree.dir}/`) },
			store: { clear: () => {}, set: () => {} },
			parseData: async ({ data }: { data: unknown }) => {
				const found = await problems(name, data);
				if (found.length) throw new Error(found.join('\n'));
				return data;
			},
			logger: { debug: () => {} },
		} as unknown as LoaderContext;
		const { loader } = collections[name] as unknown as {
			loader: { load: (context: LoaderContext) => Promise<void> };
		};
		return loader.load(context).then(
			() => 'loaded',
			(error: Error) => error.message
		);
	}

	test('a missing Chinese string names the file, the entry’s line and the field', async () => {
		const message = await sync(
			'glossary',
			'content/data/glossary.yaml',
			'- id: fine\n  term: { en: Fine, zh-cn: 好 }\n  definition: { en: Fine., zh-cn: 好。 }\n  see: xen/\n' +
				'\n- id: fixture-term\n  term: { en: Fixture }\n  definition: { en: A term., zh-cn: 一个术语。 }\n  see: xen/\n'
		);
		expect(message).toBe(
			'content/data/glossary.yaml:6 (entry "fixture-term"):\nterm.zh-cn: Chinese (zh-cn) text is missing'
		);
	});

	test('a source URL that is not absolute names the entry and the field', async () => {
		const message = await sync(
			'sources',
			'content/data/sources/xen.yaml',
			'- id: fixture-source\n  title: T\n  author: A\n  url: not-a-url\n  kind: documentation\n'
		);
		expect(message).toBe(
			'content/data/sources/xen.yaml:1 (entry "fixture-source"):\nurl: expected an absolute http(s) URL'
		);
	});
});

describe('inline translations', () => {
	test('an empty or missing language, and a language the site does not have, are named', async () => {
		expect(
			await problems('glossary', { ...glossaryEntry, term: { en: 'Fixture', 'zh-cn': '  ' } })
		).toEqual(['term.zh-cn: Chinese (zh-cn) text is empty']);
		expect(
			await problems('glossary', { ...glossaryEntry, definition: { 'zh-cn': '一个术语。' } })
		).toEqual(['definition.en: English (en) text is missing']);
		expect(
			await problems('glossary', {
				...glossaryEntry,
				term: { ...glossaryEntry.term, fr: 'Montage' },
			})
		).toEqual(['term: unknown language key(s) fr; expected only en, zh-cn']);
		expect(await problems('glossary', { ...glossaryEntry, term: 'Fixture' })).toEqual([
			'term: expected a map with one entry per language (en, zh-cn)',
		]);
	});

	test('a glossary entry’s link target must be a page slug with an optional heading id', async () => {
		expect(await problems('glossary', { ...glossaryEntry, see: 'xen/#event-channels' })).toEqual(
			[]
		);
		expect(await problems('glossary', { ...glossaryEntry, see: '/en/xen' })).toEqual([
			'see: expected a page slug and optional heading id, e.g. "xen/#event-channels" or "kvm/modules/"',
		]);
	});
});

describe('dates and references in data', () => {
	const event = {
		id: 'xen-1-0',
		position: 0,
		date: '2003-10',
		track: 'xen',
		title: { en: 'Xen 1.0', 'zh-cn': 'Xen 1.0' },
		summary: { en: 'Released.', 'zh-cn': '发布。' },
		sources: ['xen-paper'],
	};

	test('dates keep their precision; a bare year from YAML is read as text', async () => {
		expect((await parse('history', event))['date']).toEqual({
			iso: '2003-10',
			precision: 'month',
			year: 2003,
		});
		expect((await parse('history', { ...event, date: 2003 }))['date']).toEqual({
			iso: '2003',
			precision: 'year',
			year: 2003,
		});
		expect((await parse('history', { ...event, date: '2004-02-29' }))['date']).toMatchObject({
			precision: 'day',
		});
	});

	test('an impossible or misspelt date is refused with the format expected', async () => {
		expect(await problems('history', { ...event, date: '2003-02-29' })).toEqual([
			'date: not a real calendar date',
		]);
		expect(await problems('history', { ...event, date: '2003-13' })).toEqual([
			'date: not a real calendar date',
		]);
		expect(await problems('history', { ...event, date: '10/2003' })).toEqual([
			'date: expected a date written YYYY, YYYY-MM or YYYY-MM-DD',
		]);
	});

	test('sources become references to the sources collection; an empty list is refused', async () => {
		expect((await parse('history', event))['sources']).toEqual([
			{ id: 'xen-paper', collection: 'sources' },
		]);
		expect(await problems('history', { ...event, sources: [] })).toEqual([
			'sources: cite at least one source id',
		]);
	});
});

describe('page frontmatter', () => {
	test('a complete page is accepted, with `header` defaulting to false', async () => {
		expect(await parse('docs', page)).toEqual({
			...page,
			checked: new Date('2026-12-02T00:00:00Z'),
			header: false,
		});
	});

	test('a missing field is named', async () => {
		const { description: _, ...withoutDescription } = page;
		expect(await problems('docs', withoutDescription)).toEqual([
			expect.stringMatching(/^description: /),
		]);
		expect(await problems('docs', { ...page, description: 'Too short.' })).toEqual([
			'description: write at least 20 characters of description',
		]);
	});

	test('a mistyped field names the unknown field, the fields there are, and the field now missing', async () => {
		const { order, ...rest } = page;
		const found = await problems('docs', { ...rest, ordr: order });
		expect(found).toContain(
			': unknown frontmatter field(s) ordr; the fields are title, description, shortTitle, order, header, checked, translatedFrom'
		);
		expect(found).toContainEqual(expect.stringMatching(/^order: /));
	});

	test('a malformed translation record names the field and what i18n:mark writes', async () => {
		expect(
			await problems('docs', { ...page, translatedFrom: { locale: 'en', hash: 'abc' } })
		).toEqual(['translatedFrom.hash: expected the 12 hex characters `npm run i18n:mark` writes']);
		expect(
			await problems('docs', { ...page, translatedFrom: { locale: 'fr', hash: '0123456789ab' } })
		).toEqual(['translatedFrom.locale: expected one of en, zh-cn']);
	});

	test('the day the facts were checked is required, as YYYY-MM-DD or a YAML date, and must exist', async () => {
		const { checked: _, ...unchecked } = page;
		const format =
			'expected the day the facts were last checked against their sources, written YYYY-MM-DD (checked: 2026-12-02)';
		expect(await problems('docs', unchecked)).toEqual([`checked: missing: ${format}`]);
		expect(await problems('docs', { ...page, checked: '2 December 2026' })).toEqual([
			`checked: ${format}`,
		]);
		expect(await problems('docs', { ...page, checked: '2026-02-30' })).toEqual([
			'checked: 2026-02-30 is not a real calendar day',
		]);
		expect(
			(await parse('docs', { ...page, checked: new Date('2025-06-01T00:00:00Z') }))['checked']
		).toEqual(new Date('2025-06-01T00:00:00Z'));
	});
});

describe('Xen SUPPORT.md statuses', () => {
	const entry = {
		id: 'nested-hvm',
		position: 0,
		feature: { en: 'Nested HVM', 'zh-cn': '嵌套 HVM' },
		section: 'x86/Nested HVM',
		qualifier: 'x86 HVM',
		status: 'Experimental',
		version: '4.23-unstable',
		source: 'xen-support-md',
	};

	test('an entry as SUPPORT.md gives it is accepted, its source a reference', async () => {
		expect(await parse('xenSupport', entry)).toMatchObject({
			status: 'Experimental',
			version: '4.23-unstable',
			source: { id: 'xen-support-md', collection: 'sources' },
		});
		expect(await parse('xenSupport', { ...entry, version: 4.21 })).toMatchObject({
			version: '4.21',
		});
	});

	test('a status not spelt as SUPPORT.md spells it is refused with the spellings allowed', async () => {
		const found = await problems('xenSupport', { ...entry, status: 'experimental' });
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(
			/^status: expected a SUPPORT.md status spelt as the file spells it \(Experimental \| Tech Preview \| Supported \| .*\), got "experimental"$/
		);
		expect(await problems('xenSupport', { ...entry, version: 'unstable' })).toEqual([
			'version: expected the Xen-Version line of SUPPORT.md, e.g. 4.21 or 4.23-unstable',
		]);
	});

	test('mode rows list statuses per matrix row; an unknown row is named', async () => {
		const mode = {
			id: 'pvh',
			position: 0,
			name: 'PVH',
			fullName: { en: 'PVH', 'zh-cn': 'PVH' },
			attributes: Object.fromEntries(
				modeAttributes.map((key) => [key, { en: 'x', 'zh-cn': '甲' }])
			),
			sources: ['xen-support-md'],
		};
		expect(
			await parse('modes', { ...mode, support: { statusToday: ['pvh-domu', 'pvh-dom0'] } })
		).toMatchObject({
			support: {
				statusToday: [
					{ id: 'pvh-domu', collection: 'xenSupport' },
					{ id: 'pvh-dom0', collection: 'xenSupport' },
				],
			},
		});
		expect(await problems('modes', { ...mode, support: { status: ['pvh-domu'] } })).toEqual([
			expect.stringMatching(/^support: .*status/),
		]);
	});
});
